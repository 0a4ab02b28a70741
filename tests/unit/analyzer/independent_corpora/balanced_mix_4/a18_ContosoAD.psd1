@{
    RootModule        = 'ContosoAD.psm1'
    ModuleVersion     = '1.3.0'
    GUID              = '5f1c9a6e-2b7d-4c3e-9d8a-0f4e6b1a2c3d'
    Author            = 'IT Operations'
    CompanyName       = 'Contoso'
    Description       = 'Helpers for day-to-day Active Directory tasks'
    PowerShellVersion = '5.1'
    RequiredModules   = @('ActiveDirectory')
    FunctionsToExport = '*'
    CmdletsToExport   = @()
    VariablesToExport = '*'
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags = @('AD', 'Contoso')
        }
    }
}
