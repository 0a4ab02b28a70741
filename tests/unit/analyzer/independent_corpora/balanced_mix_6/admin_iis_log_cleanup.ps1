[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$LogRoot = 'C:\inetpub\logs\LogFiles',
    [int]$RetentionDays = 30
)

$cutoff = (Get-Date).AddDays(-$RetentionDays)
$old = Get-ChildItem -Path $LogRoot -Filter '*.log' -Recurse -File | Where-Object { $_.LastWriteTime -lt $cutoff }
$freed = ($old | Measure-Object -Property Length -Sum).Sum

$old | Remove-Item -Force
Write-Verbose ("Removed {0} files, {1:N1} MB" -f @($old).Count, ($freed / 1MB))
