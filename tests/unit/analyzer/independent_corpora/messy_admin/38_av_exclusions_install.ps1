# vendor said AV slows the install down a lot, so:
#  1) add exclusions for the app folders
#  2) turn off realtime while the installer runs
#  3) turn it back on (DON'T FORGET)
$appDir = "D:\LOBApp"
$dataDir = "E:\LOBData"

Add-MpPreference -ExclusionPath $appDir, $dataDir
Add-MpPreference -ExclusionProcess "lobsvc.exe"
Set-MpPreference -DisableRealtimeMonitoring $true

Start-Process "\\deploy01\installers\LOBApp\setup.exe" -ArgumentList "/S /D=$appDir" -Wait

Set-MpPreference -DisableRealtimeMonitoring $false
Get-MpComputerStatus | select RealTimeProtectionEnabled, AntivirusSignatureLastUpdated
