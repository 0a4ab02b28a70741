function Show-MaintenanceMenu {
    <#
    .SYNOPSIS
        Interactive menu for the service desk's maintenance tasks.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [string]$Title = 'Contoso maintenance'
    )

    $options = [ordered]@{
        '1' = 'Flush DNS cache'
        '2' = 'Restart print spooler'
        '3' = 'Collect logs for the service desk'
        'Q' = 'Quit'
    }

    Clear-Host
    Write-Host -Object ('=' * 40) -ForegroundColor Cyan
    Write-Host -Object "  $Title" -ForegroundColor Cyan
    Write-Host -Object ('=' * 40) -ForegroundColor Cyan
    foreach ($key in $options.Keys) {
        Write-Host -Object (' [{0}] {1}' -f $key, $options[$key])
    }

    do {
        $choice = (Read-Host -Prompt 'Select an option').ToUpperInvariant()
    } until ($options.Contains($choice))

    $choice
}

$selection = Show-MaintenanceMenu
switch ($selection) {
    '1' { Clear-DnsClientCache }
    '2' { Restart-Service -Name Spooler -Confirm }
    '3' { & "$PSScriptRoot\c03_ir_event_hunt.ps1" -HoursBack 4 }
    default { Write-Verbose -Message 'Nothing selected' }
}
