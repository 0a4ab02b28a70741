# syncs CMDB entries from the asset API - pwsh 7 only (runs in the container)
$base = "https://cmdb.lab.local/api/v2"
$headers = @{ Authorization = "Bearer $env:CMDB_TOKEN" }

$assets = Invoke-RestMethod -Uri "$base/assets?page=1&size=500" -Headers $headers -SkipCertificateCheck
$map = Get-Content ./mapping.json -Raw | ConvertFrom-Json -AsHashtable

foreach ($a in $assets.items) {
    $owner = $map[$a.department] ?? "unassigned"
    $body = @{ owner = $owner; lastSync = (Get-Date -AsUTC) } | ConvertTo-Json
    $null = Invoke-RestMethod -Method Patch -Uri "$base/assets/$($a.id)" -Headers $headers -Body $body -ContentType 'application/json' -SkipCertificateCheck
}

if ($IsLinux) {
    "$($PSStyle.Foreground.Green)sync complete$($PSStyle.Reset)"
} else {
    "sync complete"
}
