@{
    RootModule        = 'Contoso.Logging.psm1'
    ModuleVersion     = '1.2.0'
    GUID              = 'c5a1e0f2-6d3b-4b8e-a7c4-0e9f2d1b3a68'
    Author            = 'Infrastructure Operations'
    CompanyName       = 'Contoso Ltd.'
    Copyright         = '(c) Contoso Ltd. All rights reserved.'
    Description       = 'Structured JSON-lines logging for operations scripts.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Initialize-Log', 'Write-LogEntry', 'Get-LogEntry')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags       = @('Logging', 'JSON')
            ProjectUri = 'https://dev.azure.com/contoso/infra/_git/Contoso.Logging'
        }
    }
}
