#Requires -RunAsAdministrator
# Applies the workstation registry baseline (TLS, SMB signing, LLMNR).

function Set-RegistryValue {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Key,

        [Parameter(Mandatory = $true)]
        [string]$Name,

        [Parameter(Mandatory = $true)]
        [object]$Value,

        [Microsoft.Win32.RegistryValueKind]$Type = 'DWord'
    )

    if (-not (Test-Path -Path $Key)) {
        New-Item -Path $Key -Force | Out-Null
    }
    Set-ItemProperty -Path $Key -Name $Name -Value $Value -Type $Type
}

function Get-BaselineState {
    $settings = @(
        @{ Key = 'HKLM:\SYSTEM\CurrentControlSet\Services\LanmanWorkstation\Parameters'; Name = 'RequireSecuritySignature' },
        @{ Key = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\DNSClient'; Name = 'EnableMulticast' }
    )
    foreach ($s in $settings) {
        $current = Get-ItemProperty -Path $s.Key -Name $s.Name -ErrorAction SilentlyContinue
        [pscustomobject]@{ Key = $s.Key; Name = $s.Name; Value = $current.($s.Name) }
    }
}

Set-RegistryValue -Key 'HKLM:\SYSTEM\CurrentControlSet\Services\LanmanWorkstation\Parameters' -Name 'RequireSecuritySignature' -Value 1
Set-RegistryValue -Key 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\DNSClient' -Name 'EnableMulticast' -Value 0

$tls = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.0\Server'
New-Item -Path $tls -Force | Out-Null
Set-ItemProperty $tls 'Enabled' 0
Set-ItemProperty -Path $tls -Name 'DisabledByDefault' -Value 1

Get-BaselineState | Format-Table -AutoSize
