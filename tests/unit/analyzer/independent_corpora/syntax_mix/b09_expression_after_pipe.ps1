param(
    [string]$Folder = $PWD.Path
)

$names = Get-ChildItem -Path $Folder -File |
    $_.BaseName.ToUpperInvariant()

$names | Sort-Object -Unique | Set-Content -Path (Join-Path -Path $Folder -ChildPath 'index.txt')
