@{
    RootModule           = 'c05_LogTools.psm1'
    ModuleVersion        = '1.3.0'
    GUID                 = '5f0c7a52-8a0e-4c39-9a57-2b7d4f3e8c11'
    Author               = 'Platform Operations'
    CompanyName          = 'Contoso'
    Copyright            = '(c) Contoso. All rights reserved.'
    Description          = 'Helpers for measuring and pruning application log folders.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FunctionsToExport    = @('Get-LogFolderSize', 'Remove-OldLogFile')
    CmdletsToExport      = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('Logs', 'Maintenance')
            ProjectUri = 'https://dev.azure.com/contoso/platform/_git/LogTools'
        }
    }
}
