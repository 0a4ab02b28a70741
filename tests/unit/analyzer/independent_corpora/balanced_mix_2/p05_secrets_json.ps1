param(
    [Parameter(Mandatory)]
    [string]$VaultUrl,
    [string]$OutFile = './secrets-inventory.json'
)

$headers = @{ Authorization = "Bearer $env:VAULT_TOKEN" }
$list = Invoke-RestMethod -Uri "$VaultUrl/v1/secret/metadata?list=true" -Headers $headers -SkipCertificateCheck -Method Get

$inventory = foreach ($key in $list.data.keys) {
    $meta = Invoke-RestMethod -Uri "$VaultUrl/v1/secret/metadata/$key" -Headers $headers -SkipCertificateCheck
    [ordered]@{
        Name     = $key
        Versions = $meta.data.current_version
        Updated  = $meta.data.updated_time
    }
}

$inventory | ConvertTo-Json -AsArray -Depth 4 | Set-Content -Path $OutFile
Get-Content -Path $OutFile -AsByteStream -TotalCount 3 | Out-Null
