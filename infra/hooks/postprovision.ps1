# azd postprovision hook (Windows). Same logic as postprovision.sh: seed the pseudonym key once.
$ErrorActionPreference = 'Stop'
$seed = (azd env get-value HANDOFF_SEED_PSEUDONYM_KEY 2>$null)
if ($LASTEXITCODE -ne 0) { $seed = '' }
if ($seed -ne 'false') {
  azd env set HANDOFF_SEED_PSEUDONYM_KEY false
  Write-Host 'postprovision: pseudonym key seeded in Key Vault; later provisions will leave it alone.'
}
