Set-StrictMode -Version Latest

function Get-InventoryItem {
    <#
    .SYNOPSIS
        Lists inventory items from the CMDB export.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path
    )
    Import-Csv -Path $Path
}

function Set-InventoryOwner {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [psobject]$Item,
        [Parameter(Mandatory)]
        [string]$Owner
    )
    $Item.Owner = $Owner
    $Item
}

function Export-InventoryReport {
    param([string]$Path, [object[]]$Items)
    $Items | Export-Csv -Path $Path -NoTypeInformation
}

function script:ConvertTo-InventoryKey {
    param([string]$Name)
    $Name.Trim().ToUpperInvariant()
}

Export-ModuleMember -Function Get-InventoryItem, Set-InventoryOwner, Export-InventoryReport
