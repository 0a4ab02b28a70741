#Requires -Version 7.0
param(
    [string]$Root = '/var/www'
)

$big = Get-ChildItem -Path $Root -Recurse -File -ErrorAction SilentlyContinue |
    Where-Object Length -GT 100MB
$big | ForEach-Object -Parallel {
    $hash = (Get-FileHash -Path $_.FullName -Algorithm SHA256).Hash
    [pscustomobject]@{ Path = $_.FullName; SizeMB = [int]($_.Length / 1MB); Hash = $hash }
} -ThrottleLimit 4 |
    Sort-Object -Property SizeMB -Descending |
