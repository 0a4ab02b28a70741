Set-StrictMode -Version Latest

function Get-InstalledProgram {
    <#
    .SYNOPSIS
        Lists installed programs from the uninstall registry keys.
    .PARAMETER Name
        Wildcard filter on the display name.
    #>
    [CmdletBinding()]
    param(
        [string]$Name = '*'
    )
    $paths = @(
        'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*',
        'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*'
    )
    Get-ItemProperty -Path $paths -ErrorAction SilentlyContinue |
        Where-Object { $_.PSObject.Properties['DisplayName'] -and $_.DisplayName -like $Name } |
        Select-Object -Property DisplayName, DisplayVersion, Publisher, InstallDate
}

function Test-PendingReboot {
    <#
    .SYNOPSIS
        Returns $true when Windows waits for a restart.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param()
    $markers = @(
        'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending',
        'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired'
    )
    foreach ($marker in $markers) {
        if (Test-Path -Path $marker) {
            return $true
        }
    }
    return $false
}

Export-ModuleMember -Function Get-InstalledProgram, Test-PendingReboot
