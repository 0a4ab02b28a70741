function Set-Limit {
    param(
        [int][string]$Limit
    )
    $Limit
}
