#Requires -Version 7.0
param(
    [string]$HostFile = './hosts.txt'
)

Write-Verbose "Reading hosts from $HostFile"
Get-Content -Path $HostFile | ForEach-Object -Parallel {
    $up = Test-Connection -TargetName $_ -Count 1 -Quiet
    if (-not $up) {
        Write-Warning "$_ is not answering"
    [pscustomobject]@{ Host = $_; Up = $up }
} -ThrottleLimit 10 |
    Export-Csv -Path ./reachability.csv -NoTypeInformation
