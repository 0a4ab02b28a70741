<#
.SYNOPSIS
    Fetches the open incidents from the status page API (runs on Windows PowerShell 5.1 and 7).
#>
[CmdletBinding()]
param(
    [string]$ApiUrl = 'https://status.example.com/api/v2/incidents/unresolved.json',
    [int]$TimeoutSec = 20
)

[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$response = Invoke-RestMethod -Uri $ApiUrl -Method Get -TimeoutSec $TimeoutSec -UseBasicParsing
$incidents = @($response.incidents)

if ($incidents.Count -eq 0) {
    Write-Output 'No open incidents.'
    return
}

$incidents | ForEach-Object {
    [pscustomobject]@{
        Name    = $_.name
        Status  = $_.status
        Impact  = $_.impact
        Updated = [datetime]$_.updated_at
    }
} | Sort-Object -Property Updated -Descending
