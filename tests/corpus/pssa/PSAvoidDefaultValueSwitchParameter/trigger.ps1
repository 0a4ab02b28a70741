function Get-Thing {
    param(
        [Parameter()]
        [switch]$Recurse = $true
    )
    $Recurse
}
