@{
    RootModule        = 'HelpDesk.psm1'
    ModuleVersion     = '1.3.0'
    GUID              = '6f1c2a4e-8b1d-4c3e-9a77-2d5e0f9b3c11'
    Author            = 'IT Operations'
    CompanyName       = 'Corp'
    Description       = 'Service desk account actions'
    PowerShellVersion = '5.1'
    RequiredModules   = @('ActiveDirectory')
    FunctionsToExport = '*'
    CmdletsToExport   = @()
    VariablesToExport = '*'
    AliasesToExport   = @()
    PrivateData       = @{ PSData = @{ Tags = @('helpdesk', 'ad') } }
}
