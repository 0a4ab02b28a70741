<#
.SYNOPSIS
    Posts the daily backup summary to the monitoring API.
.PARAMETER ApiUrl
    Base URL of the monitoring API.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [uri]$ApiUrl,

    [string]$TokenPath = (Join-Path -Path $env:ProgramData -ChildPath 'Contoso\api-token.xml')
)

[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls12
$credential = Import-Clixml -Path $TokenPath
$token = $credential.GetNetworkCredential().Password
$headers = @{
    Authorization  = "Bearer $token"
    'Content-Type' = 'application/json'
}
$summary = Get-ChildItem -Path 'D:\Backups' -Filter '*.bak' |
    Measure-Object -Property Length -Sum
$body = @{
    date  = (Get-Date).ToString('yyyy-MM-dd')
    files = $summary.Count
    bytes = $summary.Sum
} | ConvertTo-Json
$response = Invoke-RestMethod -Uri ([uri]::new($ApiUrl, '/v1/backups')) -Method Post -Headers $headers -Body $body
Write-Verbose -Message "Monitoring API answered $($response.status)."
