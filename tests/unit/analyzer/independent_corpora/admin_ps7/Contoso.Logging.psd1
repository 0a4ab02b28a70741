@{
    RootModule        = 'Contoso.Logging.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '5b0c7f7e-3f0a-4b8e-9a51-2d6c1e9f4a10'
    Author            = 'Contoso Platform Team'
    CompanyName       = 'Contoso Ltd.'
    Copyright         = '(c) Contoso Ltd. All rights reserved.'
    Description       = 'Shared file logging helpers for Contoso automation.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Write-ContosoLog', 'Set-ContosoLogLevel', 'Get-ContosoLogTail')
    CmdletsToExport   = @()
    VariablesToExport = '*'
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags       = @('Logging', 'Contoso')
            ProjectUri = 'https://git.contoso.com/platform/contoso-logging'
        }
    }
}
