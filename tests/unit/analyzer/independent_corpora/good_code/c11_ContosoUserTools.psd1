@{
    RootModule        = 'ContosoUserTools.psm1'
    ModuleVersion     = '1.4.2'
    GUID              = '6f1c2a57-0d3e-4b8e-9a61-2f4d8c7b1e90'
    Author            = 'Contoso Identity Team'
    CompanyName       = 'Contoso Ltd'
    Copyright         = '(c) Contoso Ltd. All rights reserved.'
    Description       = 'Helpers for finding and disabling stale Active Directory accounts.'
    PowerShellVersion = '5.1'
    RequiredModules   = @('ActiveDirectory')
    FunctionsToExport = @('Get-StaleAccount', 'Disable-StaleAccount')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags       = @('ActiveDirectory', 'Hygiene')
            ProjectUri = 'https://git.contoso.com/identity/ContosoUserTools'
        }
    }
}
