<#
.SYNOPSIS
    Baseline check: AMSI providers registered, AMSI not switched off for WSH, PowerShell 2.0 engine removed.
#>
[CmdletBinding(SupportsShouldProcess)]
param()

$providers = Get-ChildItem -Path 'HKLM:\SOFTWARE\Microsoft\AMSI\Providers' -ErrorAction SilentlyContinue
$wsh = Get-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows Script\Settings' -Name 'AmsiEnable' -ErrorAction SilentlyContinue

$v2 = Get-WindowsOptionalFeature -Online -FeatureName MicrosoftWindowsPowerShellV2Root
if ($v2.State -eq 'Enabled' -and $PSCmdlet.ShouldProcess('PowerShell 2.0 engine', 'Disable')) {
    Disable-WindowsOptionalFeature -Online -FeatureName MicrosoftWindowsPowerShellV2Root -NoRestart | Out-Null
}

[pscustomobject]@{
    AmsiProviderCount = @($providers).Count
    WshAmsiDisabled   = ($null -ne $wsh -and $wsh.AmsiEnable -eq 0)
    PowerShellV2      = $v2.State
}
