function Show-Banner {
    <#
    .SYNOPSIS
        Prints the console banner of the maintenance menu.
    #>
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '', Justification = 'Interactive menu')]
    [CmdletBinding()]
    param(
        [string]$Title = 'Maintenance'
    )
    Write-Host ('=' * 40) -ForegroundColor Cyan
    Write-Host "  $Title" -ForegroundColor Cyan
    Write-Host ('=' * 40) -ForegroundColor Cyan
}

Show-Banner -Title 'Nightly jobs'
