@{
    RootModule        = 'LabUsers.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '6c0c7f34-58a4-4f2e-9bd3-2f5a1e0c9a11'
    Author            = 'Infrastructure Team'
    CompanyName       = 'Contoso'
    Copyright         = '(c) Contoso. All rights reserved.'
    Description       = 'Lab account management.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('New-LabUser', 'Get-LabUsers', 'Disable-StaleLabUser')
    CmdletsToExport   = '*'
    VariablesToExport = '*'
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags       = @('ActiveDirectory', 'Lab')
            ProjectUri = 'https://git.contoso.com/infra/labusers'
        }
    }
}
