# Runs one azd hook (infra/hooks/azd_hooks.py) with the operator tools in .venv-operator (Windows).
param([Parameter(Mandatory = $true)][ValidateSet('preprovision', 'postprovision', 'postdeploy')][string]$Hook)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')
$venv = '.venv-operator'
$python = Join-Path $venv 'Scripts\python.exe'
$stamp = Join-Path $venv '.requirements'
$wanted = (Get-FileHash -InputStream ([IO.MemoryStream]::new([Text.Encoding]::UTF8.GetBytes(
  (Get-Content requirements.txt, requirements-operator.txt, requirements.lock -Raw) -join '')))).Hash
if (-not (Test-Path $python) -or ((Get-Content $stamp -ErrorAction SilentlyContinue) -ne $wanted)) {
  Write-Host "[handoff hook] installing the operator tools into $venv (first run, or requirements changed)"
  py -3.11 -m venv $venv
  & $python -m pip install --quiet --disable-pip-version-check -r requirements-operator.txt
  if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
  Set-Content $stamp $wanted
}
& $python infra/hooks/azd_hooks.py $Hook
exit $LASTEXITCODE
