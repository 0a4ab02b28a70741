function global:Get-Inventory {
    Get-Item -Path .
}
