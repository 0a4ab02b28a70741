function Get-Thing {
    param([string]$Name)
    $Name
}
