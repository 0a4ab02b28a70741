@{
    RootModule        = 'clean_inventory_module.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '5d0a8c1e-3b7f-4e55-9a61-2f4c8b9e7d10'
    Author            = 'Platform Team'
    CompanyName       = 'Contoso'
    Description       = 'Inventory helpers for Windows servers.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-InstalledProgram', 'Test-PendingReboot')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags = @('Inventory', 'Windows')
        }
    }
}
