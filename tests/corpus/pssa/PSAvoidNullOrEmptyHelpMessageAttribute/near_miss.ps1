function Get-Thing {
    param(
        [Parameter(HelpMessage = 'The name to look up')]
        [string]$Name
    )
    $Name
}
