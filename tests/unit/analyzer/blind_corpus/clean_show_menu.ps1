function Show-MaintenanceMenu {
    <#
    .SYNOPSIS
        Shows the interactive maintenance menu and returns the chosen option.
    #>
    [CmdletBinding()]
    param(
        [string[]]$Option = @('Restart services', 'Clear temp files', 'Exit')
    )
    Write-Host 'Maintenance menu' -ForegroundColor Cyan
    for ($index = 0; $index -lt $Option.Count; $index++) {
        Write-Host ('{0}. {1}' -f ($index + 1), $Option[$index])
    }
    $choice = Read-Host -Prompt 'Choose'
    $Option[[int]$choice - 1]
}
