# Scheduled daily: reports machine certificates that expire within the warning window.
param(
    [int]$WarningDays = 30,
    [string[]]$StorePath = @('Cert:\LocalMachine\My', 'Cert:\LocalMachine\WebHosting')
)

$limit = (Get-Date).AddDays($WarningDays)
$expiring = foreach ($path in $StorePath) {
    if (-not (Test-Path -Path $path)) {
        continue
    }
    Get-ChildItem -Path $path |
        Where-Object { $_.NotAfter -lt $limit -and -not $_.Archived } |
        Select-Object -Property @{ Name = 'Store'; Expression = { $path } },
            Subject, Thumbprint, NotAfter,
            @{ Name = 'DaysLeft'; Expression = { [int]($_.NotAfter - (Get-Date)).TotalDays } }
}

if ($expiring) {
    $expiring | Sort-Object -Property NotAfter | Format-Table -AutoSize | Out-String | Write-Warning
    exit 1
}
Write-Output "No certificates expire before $($limit.ToString('yyyy-MM-dd'))."
exit 0
