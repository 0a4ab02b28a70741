function Get-Thing {
    [CmdletBinding()]
    param([string]$ErrorAction)
    $ErrorAction
}
