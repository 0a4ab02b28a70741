# Wrapper around the vendor backup CLI. The CLI only accepts plain-text passwords on
# its command line, so the plain-text parameter is a documented exception.

function Invoke-VendorBackup {
    <#
    .SYNOPSIS
        Starts a backup job through the vendor CLI.
    #>
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingPlainTextForPassword', 'VaultPassword', Justification = 'CLI limitation')]
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$JobName,

        [Parameter(Mandatory)]
        [string]$VaultPassword,

        [string]$ArchivePassword
    )
    $cli = Join-Path -Path ${env:ProgramFiles} -ChildPath 'Vendor\Backup\bkcli.exe'
    & $cli start --job $JobName --vault-password $VaultPassword --archive-password $ArchivePassword
}

function Get-VendorBackupStatus {
    <#
    .SYNOPSIS
        Lists the vendor backup jobs and their last result.
    #>
    [CmdletBinding()]
    param(
        [string]$JobName = '*'
    )
    $cli = Join-Path -Path ${env:ProgramFiles} -ChildPath 'Vendor\Backup\bkcli.exe'
    & $cli status --format json | ConvertFrom-Json | Where-Object { $_.name -like $JobName }
}

Export-ModuleMember -Function Invoke-VendorBackup, Get-VendorBackupStatus
