# azd postdeploy hook (Windows). Same logic as postdeploy.sh: the second provision pass.
$ErrorActionPreference = 'Stop'
if ($env:HANDOFF_SKIP_EVENT_SUBSCRIPTION -eq 'true') {
  Write-Host 'postdeploy: HANDOFF_SKIP_EVENT_SUBSCRIPTION=true, not creating the Event Grid subscription.'
  exit 0
}
$current = (azd env get-value DEPLOY_EVENT_SUBSCRIPTION 2>$null)
if ($LASTEXITCODE -ne 0) { $current = '' }
if ($current -eq 'true') { exit 0 }
azd env set DEPLOY_EVENT_SUBSCRIPTION true
Write-Host 'postdeploy: code deployed; provisioning again to create the Event Grid subscription.'
azd provision --no-prompt
if ($LASTEXITCODE -ne 0) {
  Write-Host 'postdeploy: provision failed; retrying in 60 s (the function may not be indexed yet).'
  Start-Sleep -Seconds 60
  azd provision --no-prompt
  if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
