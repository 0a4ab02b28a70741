#Requires -Version 7.0
<#
.SYNOPSIS
    Polls the health endpoints of the internal APIs and prints a coloured summary.
#>
param(
    [string[]]$Endpoints = @('https://orders.internal.contoso.com/health', 'https://billing.internal.contoso.com/health'),
    [int]$TimeoutSec = 10
)

$rows = foreach ($url in $Endpoints) {
    $resp = Invoke-RestMethod -Uri $url -TimeoutSec $TimeoutSec -SkipHttpErrorCheck -StatusCodeVariable code
    $state = $code -eq 200 ? 'Healthy' : 'Degraded'
    [pscustomobject]@{
        Endpoint = $url
        Status   = $code
        State    = $state
        Version  = $resp.version ?? 'unknown'
    }
}

foreach ($r in $rows) {
    $colour = $r.State -eq 'Healthy' ? $PSStyle.Foreground.Green : $PSStyle.Foreground.Red
    "{0}{1,-60} {2}{3}" -f $colour, $r.Endpoint, $r.State, $PSStyle.Reset
}
