@{
    RootModule        = 'OpsTools.psm1'
    ModuleVersion     = '2.3.1'
    GUID              = '3b9e4c1d-7a2f-4e58-b0c6-91d2f8a4e7b3'
    Author            = 'Infrastructure Operations'
    CompanyName       = 'Contoso Ltd.'
    Copyright         = '(c) Contoso Ltd. All rights reserved.'
    Description       = 'Day-to-day helpers for the Windows server operations team.'
    PowerShellVersion = '5.1'
    RequiredModules   = @()
    FunctionsToExport = @('Get-DiskReport', 'Restart-StaleService', 'Clear-TempFiles', 'Send-OpsNotification')
    CmdletsToExport   = '*'
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags         = @('Operations', 'Windows', 'Monitoring')
            ProjectUri   = 'https://dev.azure.com/contoso/infra/_git/OpsTools'
            ReleaseNotes = 'Send-OpsNotification posts MessageCards; Clear-TempFiles reads folders from config.json.'
        }
    }
}
