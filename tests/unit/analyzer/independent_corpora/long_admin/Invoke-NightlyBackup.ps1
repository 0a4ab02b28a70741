<#
.SYNOPSIS
    Nightly file-server backup: robocopy the shares to the backup NAS and prune old sets.
.NOTES
    Scheduled on FS01 at 01:30 by the ops team. Do not change the log path, Splunk reads it.
#>
[CmdletBinding()]
param(
    [string]$SourceRoot = 'D:\Shares',
    [string]$TargetRoot = '\\nas02\backup\fs01',
    [int]$KeepDays = 14,
    [string]$MailTo = 'ops@contoso.com',
    [string]$WebhookUrl = 'https://hooks.contoso.com/ops/backup'
)

$ErrorActionPreference = 'Stop'
$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$logDir = 'D:\Logs\Backup'
$logFile = Join-Path $logDir "backup-$stamp.log"
$failed = @()
$startTime = Get-Date

if (-not (Test-Path $logDir)) {
    New-Item -ItemType Directory -Path $logDir | Out-Null
}

function Write-Log {
    param([string]$Message)
    $line = '{0:u} {1}' -f (Get-Date), $Message
    Add-Content -Path $logFile -Value $line
}

Write-Log "Backup started: $SourceRoot -> $TargetRoot"

$shares = gci -Path $SourceRoot -Directory
foreach ($share in $shares) {
    $dest = Join-Path $TargetRoot $stamp | Join-Path -ChildPath $share.Name
    Write-Host "Copying $($share.FullName)" -ForegroundColor Cyan
    robocopy $share.FullName $dest /MIR /R:2 /W:5 /NP /LOG+:$logFile | Out-Null
    # robocopy exit codes 8 and above mean at least one failure
    if ($LASTEXITCODE -ge 8) {
        Write-Log "FAILED $($share.Name) (robocopy exit $LASTEXITCODE)"
        $failed += $share.Name
    }
}

# prune old backup sets
$cutoff = (Get-Date).AddDays(-$KeepDays)
Get-ChildItem -Path $TargetRoot -Directory |
    ? { $_.CreationTime -lt $cutoff } |
    % {
        Write-Log "Pruning $($_.Name)"
        Remove-Item -Path $_.FullName -Recurse -Force
    }

$duration = (Get-Date) - $startTime
$summary = "Backup finished in {0:N0} minutes, {1} share(s) failed" -f $duration.TotalMinutes, $failed.Count
Write-Log $summary

if ($failed -ne $null -and $failed.Count -gt 0) {
    $body = "The following shares failed:`r`n" + ($failed -join "`r`n")
    $payload = @{ text = "Backup FAILED on $env:COMPUTERNAME`r`n$body"; channel = $MailTo } | ConvertTo-Json
    Invoke-RestMethod -Uri $WebhookUrl -Method Post -Body $payload -ContentType 'application/json'
    exit 1
}

Write-Host $summary -ForegroundColor Green
exit 0
