"""`make run`: the whole app on a laptop, no Azure account, no Functions Core Tools.

Starts Azurite's table service (port 10002, data under .azurite/), seeds a demo stream on first start,
serves the ASGI app with uvicorn on http://127.0.0.1:7071, and stops both on Ctrl-C.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import secrets
import sys
from pathlib import Path

import uvicorn

from handoff.composition import Container, set_default_container
from handoff.local.azurite import AzuriteTables, connection_string
from handoff.local.demo import DEMO_LOCATIONS, seed
from handoff.settings import Settings
from handlers.http_app import create_app

REPO = Path(__file__).resolve().parents[1]
STATE = REPO / ".azurite"
log = logging.getLogger("handoff.local")


def _local_key(state: Path) -> str:
    """A pseudonym key for this laptop, made once and kept beside the local data (git-ignored)."""
    path = state / "pseudonym.key"
    if not path.exists():
        state.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(32))
        path.chmod(0o600)
    return path.read_text().strip()


def local_settings(state: Path = STATE, table_port: int = 10002) -> Settings:
    # Anything set in the environment wins; the rest falls back to the embedded local defaults.
    defaults = {"pseudonym_key": _local_key(state), "resource_locations": DEMO_LOCATIONS, "auth_mode": "local",
                "storage_connection": connection_string(table_port)}
    overrides = {k: v for k, v in defaults.items() if f"HANDOFF_{k.upper()}" not in os.environ}
    return Settings(**overrides)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def seed_demo(container: Container, marker: Path) -> None:
    """Once per local state: a progress bar while it runs, then one summary line (handoff/local/demo.py)."""
    if marker.exists():
        return
    line = seed(container, progress=sys.stderr.isatty())
    marker.write_text(line + "\n")
    print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1", help="loopback only while HANDOFF_AUTH_MODE=local")
    parser.add_argument("--port", type=int, default=7071)
    parser.add_argument("--table-port", type=int, default=10002)
    parser.add_argument("--no-demo", action="store_true", help="do not seed the demo stream")
    parser.add_argument("--state", type=Path, default=STATE, help="where local data and the local key live")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    settings = local_settings(args.state, args.table_port)
    if settings.auth_mode == "local" and not _is_loopback(args.host):
        print(f"Refusing to serve {args.host}: local mode signs everyone in as {settings.local_user!r}, "
              "so it listens on loopback only. Use HANDOFF_AUTH_MODE=appservice behind real authentication.",
              file=sys.stderr)
        return 2
    tables = AzuriteTables(args.table_port, location=args.state / "tables")
    try:
        tables.start()
    except (RuntimeError, FileNotFoundError, TimeoutError) as error:
        print(f"Cannot start Azurite: {error}", file=sys.stderr)
        return 1
    try:
        container = Container(settings)
        set_default_container(container)
        if not args.no_demo:
            seed_demo(container, args.state / "demo-seeded")
        base = f"http://{args.host}:{args.port}"
        print("\nHandoff Ledger is running (Ctrl-C stops it and Azurite):")
        print(f"  Dashboard        {base}/")
        print(f"  API docs         {base}/docs   (OpenAPI: {base}/openapi.json)")
        print(f"  Hand-offs        {base}/api/handoffs")
        print(f"  Event webhook    POST {base}/api/events")
        print(f"  Table storage    Azurite on 127.0.0.1:{args.table_port} (data in {args.state}/)\n", flush=True)
        uvicorn.run(create_app(container), host=args.host, port=args.port, log_level="warning")
    finally:
        tables.stop()
        print("Stopped the app and Azurite.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
