@{
    RootModule        = 'Inventory.psm1'
    ModuleVersion     = '1.2.0'
    GUID              = 'b3f4b6c1-1111-4d6e-9f0a-2a3b4c5d6e7f'
    Author            = 'Operations'
    Description       = 'Inventory helpers.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-InventoryItem', 'Remove-InventoryItem')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
