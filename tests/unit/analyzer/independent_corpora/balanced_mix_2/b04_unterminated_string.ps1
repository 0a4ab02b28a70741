$source = 'C:\Data\Exports'
$dest = '\\nas01\exports'
$count = 0

Get-ChildItem -Path $source -Filter '*.csv' | ForEach-Object {
    Copy-Item -Path $_.FullName -Destination $dest -Force
    $count++
}

Write-Output "Copied $count files to $dest
Remove-Item -Path 'C:\Data\Exports\*.tmp' -ErrorAction SilentlyContinue
