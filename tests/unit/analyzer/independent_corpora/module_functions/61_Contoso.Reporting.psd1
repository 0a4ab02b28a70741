@{
    RootModule        = '28_AppSettings.psm1'
    GUID              = 'a7d4f0b2-3c9e-4b61-8f15-0d2e6c9b7a43'
    Author            = 'Reporting Team'
    CompanyName       = 'Contoso'
    Description       = 'Settings access for the reporting jobs.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-AppSettings', 'Set-AppSetting', 'Get-TenantData')
    CmdletsToExport   = @()
    AliasesToExport   = '*'
}
