function Get-ManagerChain {
    <#
    .SYNOPSIS
        Returns the management chain of a user, up to the CEO.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)]
        [string]$SamAccountName,

        [ValidateRange(1, 20)]
        [int]$MaxDepth = 10
    )

    $current = Get-ADUser -Identity $SamAccountName -Properties Manager
    $depth = 0
    while ($depth -lt $MaxDepth) {
        if ($current.Manager -eq $null) {
            break
        }
        $current = Get-ADUser -Identity $current.Manager -Properties Manager
        $current.SamAccountName
        $depth++
    }
}

Get-ManagerChain -SamAccountName 'jdoe'
