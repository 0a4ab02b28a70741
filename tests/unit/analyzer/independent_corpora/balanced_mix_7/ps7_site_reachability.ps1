#Requires -Version 7.0
[CmdletBinding()]
param(
    [string]$InventoryPath = './sites.json',
    [int]$Throttle = 16
)

$sites = Get-Content -Path $InventoryPath -Raw | ConvertFrom-Json
$timeout = 2
Write-Verbose "Pinging $($sites.Count) sites, timeout $timeout s"

$results = $sites | ForEach-Object -Parallel {
    $ok = Test-Connection -TargetName $_.Host -Count 1 -TimeoutSeconds $using:timeout -Quiet
    [pscustomobject]@{
        Site   = $_.Name
        Host   = $_.Host
        Status = $ok ? 'Up' : 'Down'
    }
} -ThrottleLimit $Throttle

$down = @($results | Where-Object Status -EQ 'Down')
Write-Output ("{0} of {1} sites down" -f $down.Count, $results.Count)
$down | Format-Table -AutoSize
