#!/bin/sh
# azd postdeploy hook: the second pass.
# The Event Grid subscription targets the function ingest_event_grid, which exists only once the code
# is deployed, so the first provision skips it (deployEventSubscription=false). After the first
# deploy, turn it on and provision again. From then on every `azd up`/`azd provision` includes it and
# this hook does nothing. Set HANDOFF_SKIP_EVENT_SUBSCRIPTION=true to opt out (docs/deploy.md).
set -eu
if [ "${HANDOFF_SKIP_EVENT_SUBSCRIPTION:-}" = "true" ]; then
  echo "postdeploy: HANDOFF_SKIP_EVENT_SUBSCRIPTION=true, not creating the Event Grid subscription."
  exit 0
fi
current="$(azd env get-value DEPLOY_EVENT_SUBSCRIPTION 2>/dev/null || true)"
if [ "$current" = "true" ]; then
  exit 0
fi
azd env set DEPLOY_EVENT_SUBSCRIPTION true
echo "postdeploy: code deployed; provisioning again to create the Event Grid subscription."
# The Flex Consumption host may need a minute to index the new function: retry once.
if ! azd provision --no-prompt; then
  echo "postdeploy: provision failed; retrying in 60 s (the function may not be indexed yet)."
  sleep 60
  azd provision --no-prompt
fi
