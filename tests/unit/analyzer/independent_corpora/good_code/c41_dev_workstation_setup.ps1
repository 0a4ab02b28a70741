<#
.SYNOPSIS
    Prepares a developer workstation: execution policy, PSGallery trust and tooling modules.
.DESCRIPTION
    Sets RemoteSigned for the current user only (scripts from the internet must be signed)
    and installs the modules the team uses. Does not weaken machine-wide policy.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string[]]$Module = @('Pester', 'PSScriptAnalyzer', 'Microsoft.PowerShell.SecretManagement', 'Microsoft.PowerShell.SecretStore')
)

$current = Get-ExecutionPolicy -Scope CurrentUser
if ($current -notin 'RemoteSigned', 'AllSigned') {
    if ($PSCmdlet.ShouldProcess('CurrentUser', "Set execution policy RemoteSigned (was $current)")) {
        Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser -Force
    }
}

$gallery = Get-PSRepository -Name PSGallery
if ($gallery.InstallationPolicy -ne 'Trusted' -and $PSCmdlet.ShouldProcess('PSGallery', 'Trust repository')) {
    Set-PSRepository -Name PSGallery -InstallationPolicy Trusted
}

foreach ($name in $Module) {
    $installed = Get-Module -ListAvailable -Name $name | Sort-Object -Property Version -Descending | Select-Object -First 1
    if ($installed) {
        Write-Verbose -Message "$name $($installed.Version) already installed"
        continue
    }
    if ($PSCmdlet.ShouldProcess($name, 'Install module')) {
        Install-Module -Name $name -Scope CurrentUser -AllowClobber
    }
}
