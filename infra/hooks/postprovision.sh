#!/bin/sh
# azd postprovision hook.
# infra/main.bicep writes the pseudonym key into Key Vault only while HANDOFF_SEED_PSEUDONYM_KEY is
# true (the default for a new azd environment). Once a provision has succeeded the key exists, so
# switch seeding off: a later provision must never replace the key (pseudonyms would change).
set -eu
seed="$(azd env get-value HANDOFF_SEED_PSEUDONYM_KEY 2>/dev/null || true)"
if [ "$seed" != "false" ]; then
  azd env set HANDOFF_SEED_PSEUDONYM_KEY false
  echo "postprovision: pseudonym key seeded in Key Vault; later provisions will leave it alone."
fi
