@{
    RootModule        = 'CorpEndpoint.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '6c1f2b9e-3d7a-4f52-9a0e-2b8d4c7e1f30'
    Author            = 'Client Engineering'
    CompanyName       = 'Corp'
    Description       = 'Endpoint housekeeping helpers'
    PowerShellVersion = '5.1'
    RequiredModules   = @('ActiveDirectory')
    FunctionsToExport = '*'
    CmdletsToExport   = @()
    AliasesToExport   = @()
    VariablesToExport = '*'
    PrivateData       = @{
        PSData = @{
            Tags = @('AD', 'Endpoint')
        }
    }
}
