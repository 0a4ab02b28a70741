#Requires -Version 7
param(
    [string]$ApiBase = 'https://netbox.lab.local/api',
    [string]$Token
)

$headers = @{ Authorization = "Token $Token"; Accept = 'application/json' }
$resp = Invoke-RestMethod -Uri "$ApiBase/dcim/devices/?limit=1000" -Headers $headers -SkipCertificateCheck -SkipHttpErrorCheck -StatusCodeVariable status
if ($status -ne 200) {
    throw "NetBox returned HTTP $status"
}
$resp.results | ForEach-Object {
    [PSCustomObject]@{
        Name   = $_.name
        Site   = $_.site?.name
        Rack   = $_.rack?.name ?? '-'
        Status = $_.status.value
    }
} | Sort-Object -Property Site, Name | Format-Table -AutoSize
