@{
    RootModule        = '20_clean_module.psm1'
    ModuleVersion     = '1.3.0'
    GUID              = '5d7e3c52-8f1b-4c4e-9a0e-2b6f0c7d9e11'
    Author            = 'Infrastructure Team'
    CompanyName       = 'Contoso'
    Copyright         = '(c) Contoso. All rights reserved.'
    Description       = 'Helpers for finding and disabling stale computer accounts.'
    PowerShellVersion = '5.1'
    RequiredModules   = @('ActiveDirectory')
    FunctionsToExport = @('Get-StaleComputer', 'Disable-StaleComputer')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags = @('ActiveDirectory', 'Cleanup')
        }
    }
}
