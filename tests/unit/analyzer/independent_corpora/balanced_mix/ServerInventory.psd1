@{
    RootModule        = 'ServerInventory.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '3c0b6a52-8f0e-4a55-9d1e-2b7f61a4c9d3'
    Author            = 'Infrastructure Team'
    CompanyName       = 'Contoso'
    Copyright         = '(c) Contoso. All rights reserved.'
    Description       = 'Collects hardware and OS inventory from Windows servers.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-ServerInventory', 'Update-InventoryCache')
    CmdletsToExport   = '*'
    VariablesToExport = '*'
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags       = @('Inventory', 'Windows')
            ProjectUri = 'https://git.contoso.com/infra/ServerInventory'
        }
    }
}
