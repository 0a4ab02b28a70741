@{
    RootModule        = 'module_inventory.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '6f1c2b0e-4f55-4d43-9c1b-0f8a5d3e9b21'
    Author            = 'Infrastructure Team'
    CompanyName       = 'Contoso'
    Description       = 'Helpers for the CMDB inventory export.'
    PowerShellVersion = '5.1'
    FunctionsToExport = '*'
    CmdletsToExport   = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags = @('Inventory', 'CMDB')
        }
    }
}
