function Get-Thing {
    [CmdletBinding()]
    param([string]$ErrorMode)
    $ErrorMode
}
