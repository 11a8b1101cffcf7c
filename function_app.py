"""Azure Functions entry point (v2 programming model): create the app, register the blueprints.

Nothing here may fail or touch the network at import: the host would report "0 functions found".
The HTTP surface (webhook, API, dashboard) is one ASGI app; routePrefix is "" in host.json, so the
ASGI app sees the same paths as under uvicorn.
"""

import azure.functions as func

from handlers import alert_delivery, events, maintenance, reconciliation
from handlers.http_app import create_app

app = func.AsgiFunctionApp(app=create_app(), http_auth_level=func.AuthLevel.ANONYMOUS)
app.register_functions(events.bp)
app.register_functions(alert_delivery.bp)
app.register_functions(maintenance.bp)
app.register_functions(reconciliation.bp)
