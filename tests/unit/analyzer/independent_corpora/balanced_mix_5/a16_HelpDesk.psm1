# HelpDesk.psm1 - account actions for the service desk
$script:LogPath = Join-Path -Path $env:ProgramData -ChildPath 'HelpDesk\actions.log'

function Write-ActionLog {
    param([string]$Message)
    $line = '{0:u} {1} {2}' -f (Get-Date), $env:USERNAME, $Message
    Add-Content -Path $script:LogPath -Value $line
}

<#
.SYNOPSIS
    Unlocks an AD account and logs the action.
#>
function Unlock-HelpDeskUser {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$SamAccountName)
    if ($PSCmdlet.ShouldProcess($SamAccountName, 'Unlock account')) {
        Unlock-ADAccount -Identity $SamAccountName
        Write-ActionLog "Unlocked $SamAccountName"
    }
}

function Reset-HelpDeskPassword {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$SamAccountName,
        [string]$NewPassword = 'Welcome2024!'
    )
    $secure = ConvertTo-SecureString -String $NewPassword -AsPlainText -Force
    Set-ADAccountPassword -Identity $SamAccountName -NewPassword $secure -Reset
    Set-ADUser -Identity $SamAccountName -ChangePasswordAtLogon $true
    Write-ActionLog "Password reset for $SamAccountName"
}

function Get-LockedUsers {
    Search-ADAccount -LockedOut | Select-Object -Property SamAccountName, LastLogonDate
}

Export-ModuleMember -Function Unlock-HelpDeskUser, Reset-HelpDeskPassword, Get-LockedUsers
