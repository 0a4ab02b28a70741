function Set-Limit {
    param(
        [ValidateRange(1, 10)][int]$Limit
    )
    $Limit
}
