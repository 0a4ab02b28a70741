function Get-Inventory {
    Get-Item -Path .
}
function script:Get-Cache { $null }
