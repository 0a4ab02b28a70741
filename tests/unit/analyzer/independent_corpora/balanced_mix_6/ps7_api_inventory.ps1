param(
    [Parameter(Mandatory)]
    [uri]$BaseUri,
    [Parameter(Mandatory)]
    [securestring]$Token
)

$headers = @{ Accept = 'application/json' }
$page = 1
$all = [System.Collections.Generic.List[object]]::new()
do {
    $resp = Invoke-RestMethod -Uri "$BaseUri/v1/devices?page=$page" -Headers $headers -Authentication Bearer -Token $Token -SkipCertificateCheck -SkipHttpErrorCheck -StatusCodeVariable status
    if ($status -ne 200) {
        throw "API returned $status"
    }
    $all.AddRange([object[]]$resp.items)
    $page++
} while ($resp.next)

$all | ConvertTo-Json -Depth 5 -AsArray | Set-Content -Path ./devices.json
