<#
.SYNOPSIS
    Exported and documented.
#>
function Get-Exported {
    'exported'
}
function Get-Internal {
    'not exported'
}
Export-ModuleMember -Function Get-Exported
