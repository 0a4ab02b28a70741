# grab sysinternals + 7zip onto the admin share
$dst = "\\fs01\tools$"
$ProgressPreference = 'SilentlyContinue'

curl https://download.sysinternals.com/files/SysinternalsSuite.zip -OutFile "$env:TEMP\sysint.zip"
Expand-Archive "$env:TEMP\sysint.zip" -DestinationPath "$dst\sysinternals" -Force

$wc = New-Object System.Net.WebClient
$wc.DownloadFile("https://www.7-zip.org/a/7z2301-x64.msi", "$dst\7z-x64.msi")

$hash = Get-FileHash "$dst\7z-x64.msi" -Algorithm SHA1
"$($hash.Hash)  7z-x64.msi" | Out-File "$dst\checksums.txt" -Append
