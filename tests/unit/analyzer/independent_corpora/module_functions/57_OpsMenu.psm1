function Show-Status {
    param(
        [string]$Message,
        [ConsoleColor]$Color = 'Gray'
    )

    function Write-Line([string]$Text) {
        Write-Host $Text -ForegroundColor $Color
    }

    Write-Line -Text ('[{0:HH:mm:ss}] {1}' -f (Get-Date), $Message)
}

function global:Show-Menu {
    param([string[]]$Option)

    Clear-Host
    for ($i = 0; $i -lt $Option.Count; $i++) {
        Write-Host ('{0,2}) {1}' -f ($i + 1), $Option[$i])
    }
    $choice = Read-Host -Prompt 'Choose'
    return $Option[[int]$choice - 1]
}

<#
.SYNOPSIS
    Runs the interactive operations menu until Quit is chosen.
#>
function Invoke-Menu {
    [CmdletBinding()]
    param(
        [string[]]$Option = @('Restart print spooler', 'Clear Teams cache', 'Quit')
    )

    do {
        $selected = Show-Menu -Option $Option
        Show-Status -Message "Selected: $selected" -Color Cyan
    } until ($selected -eq 'Quit')
}

Export-ModuleMember -Function Invoke-Menu, Show-Status
