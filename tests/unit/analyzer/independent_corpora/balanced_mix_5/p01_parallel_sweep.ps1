#Requires -Version 7.0
param(
    [string]$SubnetPrefix = '10.20.30',
    [int]$ThrottleLimit = 64
)
$started = Get-Date
$results = 1..254 | ForEach-Object -Parallel {
    $ip = "$using:SubnetPrefix.$_"
    $ok = Test-Connection -TargetName $ip -Count 1 -TimeoutSeconds 1 -Quiet
    [pscustomobject]@{ IP = $ip; Up = $ok }
} -ThrottleLimit $ThrottleLimit

$up = $results.Where({ $_.Up })
$up.Count -gt 0 ? "Found $($up.Count) hosts" : 'No hosts answered'
$up | Export-Csv -Path ./alive.csv -NoTypeInformation
