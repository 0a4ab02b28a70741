# Checks that the nightly backup files exist on every file server.

function Test-BackupPresent {
    param(
        [string]$Server
    )

    $share = "\\$Server\backup$"
    $latest = gci -Path $share -Filter '*.bak' | Sort-Object -Property LastWriteTime | Select-Object -Last 1
    if ($latest -eq $null) {
        Write-Host "No backup found on $Server" -ForegroundColor Red
        return $false
    }
    $age = (Get-Date) - $latest.LastWriteTime
    if ($age.TotalHours -gt 26) {
        Write-Host "Backup on $Server is $([int]$age.TotalHours) hours old" -ForegroundColor Yellow
        return $false
    return $true
}

'fs01', 'fs02', 'fs03' | % { [pscustomobject]@{ Server = $_; Ok = Test-BackupPresent -Server $_ } }
