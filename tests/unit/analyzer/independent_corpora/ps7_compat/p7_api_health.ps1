#Requires -Version 7.0
<#
.SYNOPSIS
    Polls the health endpoints of our internal services and prints a summary table.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$Endpoint,
    [int]$TimeoutSec = 10
)

$results = foreach ($url in $Endpoint) {
    $code = $null
    $body = Invoke-RestMethod -Uri $url -TimeoutSec $TimeoutSec -SkipHttpErrorCheck -StatusCodeVariable code
    [pscustomobject]@{
        Url     = $url
        Status  = $code
        Healthy = ($code -eq 200) ? 'yes' : 'no'
        Version = $body?.version ?? 'unknown'
    }
}

$results | Sort-Object -Property Healthy, Url | Format-Table -AutoSize
$unhealthy = @($results | Where-Object Healthy -EQ 'no')
if ($unhealthy.Count -gt 0) {
    Write-Warning "$($unhealthy.Count) endpoint(s) are failing"
    exit 1
}
