$svc = Get-Service -Name spooler
${svc}?.Status
$first = ${svc}?[0]
$name = $svc.Name ?? 'none'
$count ??= 0
$label = $count -gt 0 ? 'some' : 'none'
Get-Item -Path . && Write-Output 'ok' || Write-Output 'failed'
try { Get-Item -Path . } finally { Write-Output 'done' }
$length = ${svc}?.DisplayName?.Trim()?.Length
function Get-Greeting { param([string]$Who) process { "Hello $Who" } }
$first, $name, $label, $length
