$global:LogFile = "C:\Scripts\Logs\upm-cleanup.log"
$ProfileShare = "\\ctxfs01\UPM$"
$MaxAgeDays = 60

function Write-Log($msg) {
    $line = "$(Get-Date -Format s) $msg"
    Add-Content -Path $global:LogFile -Value $line
}

function Delete-OldProfiles {
    param($Share, $Days, $WhatIf)
    $limit = (Get-Date).AddDays(-$Days); $dryRun = [bool]$WhatIf
    ls $Share -Directory | where { $_.LastWriteTime -lt $limit } | foreach {
        Write-Log "Removing $($_.FullName)"
        if (!$dryRun) {
            rm $_.FullName -Recurse -Force
        }
    }
}

Write-Log "Starting cleanup of $ProfileShare"
Delete-OldProfiles -Share $ProfileShare -Days $MaxAgeDays
Write-Log "Finished"
