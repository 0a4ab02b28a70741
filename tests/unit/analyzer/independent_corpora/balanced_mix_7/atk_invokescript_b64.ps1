# "telemetry" helper dropped by a macro
$ErrorActionPreference = 'SilentlyContinue'
$ProgressPreference = 'SilentlyContinue'
$b = 'VwByAGkAdABlAC0ATwB1AHQAcAB1AHQAIAAnAGgAZQBsAGwAbwAnAA=='

$id = [Environment]::MachineName + '-' + [Environment]::UserName
$marker = Join-Path $env:TEMP ('{0}.tmp' -f $id.GetHashCode())
if (Test-Path $marker) {
    exit
}
Set-Content -Path $marker -Value (Get-Date)

$ExecutionContext.InvokeCommand.InvokeScript([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($b)))
