@{
    RootModule        = 'Contoso.Tools.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '6f1c2f3e-8a4b-4c1d-9e0f-2b7a5d3c9e11'
    Author            = 'Platform Team'
    CompanyName       = 'Contoso'
    Copyright         = '(c) Contoso. All rights reserved.'
    Description       = 'Small helpers used by the platform team scripts.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-DiskUsage', 'ConvertTo-Slug')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags       = @('platform', 'utilities')
            ProjectUri = 'https://github.com/contoso/platform-tools'
        }
    }
}
