function Get-InventoryItem {
    <#
    .SYNOPSIS
        Returns inventory items by name.
    .PARAMETER Name
        The item name; wildcards are allowed.
    .EXAMPLE
        Get-InventoryItem -Name 'disk*'
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Name
    )
    process {
        Get-ChildItem -Path $PSScriptRoot -Filter "$Name.json" |
            ForEach-Object -Process { Get-Content -Path $_.FullName -Raw | ConvertFrom-Json }
    }
}

function Remove-InventoryItem {
    <#
    .SYNOPSIS
        Removes one inventory item.
    .PARAMETER Name
        The item name.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$Name
    )
    $path = Join-Path -Path $PSScriptRoot -ChildPath "$Name.json"
    if ($PSCmdlet.ShouldProcess($path, 'Remove inventory item')) {
        Remove-Item -Path $path
    }
}

function Format-InventoryKey {
    param([string]$Text)
    $Text.ToLowerInvariant()
}

Export-ModuleMember -Function Get-InventoryItem, Remove-InventoryItem
