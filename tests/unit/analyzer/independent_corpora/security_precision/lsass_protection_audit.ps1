<#
.SYNOPSIS
    Hardening audit: is LSASS running as a protected process and is Credential Guard on?
.NOTES
    Red-team reports keep showing `procdump -ma lsass.exe` and comsvcs MiniDump working on
    servers without RunAsPPL; this script finds those servers.
#>
[CmdletBinding()]
param()

$lsaKey = 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa'
$wdigestKey = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\WDigest'
$runAsPpl = (Get-ItemProperty -Path $lsaKey -Name RunAsPPL -ErrorAction SilentlyContinue).RunAsPPL
$guard = Get-CimInstance -Namespace root\Microsoft\Windows\DeviceGuard -ClassName Win32_DeviceGuard
$lsass = Get-Process -Name lsass

[pscustomobject]@{
    Computer              = $env:COMPUTERNAME
    LsassPid              = $lsass.Id
    RunAsPPL              = [bool]$runAsPpl
    CredentialGuardActive = $guard.SecurityServicesRunning -contains 1
    WDigestUseLogonCred   = (Get-ItemProperty -Path $wdigestKey -ErrorAction SilentlyContinue).UseLogonCredential
}

if (-not $runAsPpl) {
    Write-Warning 'LSA protection is off: set RunAsPPL=1 through the baseline GPO.'
}
