function Get-Thing([string]$Name) {
    $Name
}
