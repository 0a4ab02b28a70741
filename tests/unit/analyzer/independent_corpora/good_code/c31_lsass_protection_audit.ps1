<#
.SYNOPSIS
    Audits credential-theft hardening: LSA protection, Credential Guard and WDigest.
.DESCRIPTION
    Tools such as Mimikatz read credentials from LSASS memory. This audit reports
    whether RunAsPPL and Credential Guard are on and whether WDigest caches
    plain-text credentials. It only reads registry values and process information.
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param()

function Get-RegistryValueOrDefault {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Path,
        [Parameter(Mandatory = $true)][string]$Name,
        [object]$Default = $null
    )
    $item = Get-ItemProperty -Path $Path -Name $Name -ErrorAction SilentlyContinue
    if ($null -eq $item) {
        return $Default
    }
    $item.$Name
}

$lsa = 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa'
$wdigest = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\WDigest'
$deviceGuard = Get-CimInstance -Namespace root/Microsoft/Windows/DeviceGuard -ClassName Win32_DeviceGuard -ErrorAction SilentlyContinue
$lsass = Get-Process -Name lsass

[pscustomobject]@{
    ComputerName             = $env:COMPUTERNAME
    RunAsPPL                 = (Get-RegistryValueOrDefault -Path $lsa -Name 'RunAsPPL' -Default 0) -ge 1
    WDigestUseLogonCredential = (Get-RegistryValueOrDefault -Path $wdigest -Name 'UseLogonCredential' -Default 0) -eq 1
    CredentialGuardRunning   = [bool]($deviceGuard.SecurityServicesRunning -contains 1)
    LsassWorkingSetMB        = [math]::Round($lsass.WorkingSet64 / 1MB)
    LsassStartTime           = $lsass.StartTime
}
