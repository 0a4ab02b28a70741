# runs on the jump box (pwsh 7) AND on old 2012R2 boxes via the scheduled task - careful
param([string]$ConfigPath)

$cfgFile = $ConfigPath ?? "C:\Scripts\settings.json"
$cfg = Get-Content $cfgFile -Raw | ConvertFrom-Json

$logDir = $cfg.LogDir ?? "C:\Logs"
Test-Path $logDir || New-Item -ItemType Directory -Path $logDir | Out-Null

$mode = $cfg.Verbose ? "verbose" : "quiet"
$stamp = Get-Date -Format "yyyyMMdd-HHmm"

$cfg.Targets | ForEach-Object -Parallel {
    Test-Connection -TargetName $_ -Count 1 -Quiet
} -ThrottleLimit 8 | Out-File (Join-Path $logDir "reach-$stamp.txt")

"done ($mode)" | Out-File -Append (Join-Path $logDir "runs.txt")
