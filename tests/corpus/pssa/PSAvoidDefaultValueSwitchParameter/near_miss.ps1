function Get-Thing {
    param(
        [switch]$Recurse,
        [bool]$Flag = $true
    )
    $Recurse, $Flag
}
