function Get-Thing {
    param(
        [Parameter(HelpMessage = '')]
        [string]$Name,
        [Parameter(HelpMessage = $null)]
        [string]$Other
    )
    $Name, $Other
}
