[CmdletBinding()]
param(
    [string]$SharePath = '\\fs01\deploy'
)

$manifest = Join-Path -Path $SharePath -ChildPath 'manifest.json'
try {
    $items = Get-Content -Path $manifest -Raw | ConvertFrom-Json
    foreach ($item in $items) {
        Copy-Item -Path (Join-Path -Path $SharePath -ChildPath $item.File) -Destination $item.Target -Force
    }
}

Write-Output 'Deployment copied'
