@{
    RootModule        = '01_OpsLogging.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '6f1c2f0e-7a53-4a0e-9d7e-2b1b4d1f8c21'
    Author            = 'Platform Team'
    CompanyName       = 'Contoso'
    Copyright         = '(c) Contoso. All rights reserved.'
    Description       = 'File logging helpers for operations scripts.'
    PowerShellVersion = '5.1'
    FunctionsToExport = '*'
    CmdletsToExport   = @()
    VariablesToExport = '*'
    AliasesToExport   = @('wle', 'Get-Log*')
    PrivateData       = @{
        PSData = @{
            Tags       = @('logging', 'operations')
            ProjectUri = 'https://git.contoso.local/platform/opslogging'
        }
    }
}
