<#
.SYNOPSIS
    Applies a few registry-based hardening settings.
#>
[CmdletBinding(SupportsShouldProcess)]
param()

$settings = @(
    @{ Path = 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa'; Name = 'RunAsPPL'; Value = 1 }
    @{ Path = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\WDigest'; Name = 'UseLogonCredential'; Value = 0 }
    @{ Path = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell\ScriptBlockLogging'; Name = 'EnableScriptBlockLogging'; Value = 1 }
)

foreach ($setting in $settings) {
    if (-not (Test-Path -Path $setting.Path)) {
        New-Item -Path $setting.Path -Force | Out-Null
    }
    if ($PSCmdlet.ShouldProcess("$($setting.Path)\$($setting.Name)", 'Set registry value')) {
        Set-ItemProperty -Path $setting.Path -Name $setting.Name -Value $setting.Value -Type DWord
    }
}
