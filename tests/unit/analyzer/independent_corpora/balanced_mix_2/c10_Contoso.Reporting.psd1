@{
    RootModule        = 'Contoso.Reporting.psm1'
    ModuleVersion     = '2.1.3'
    GUID              = 'd3b7c1e4-8a2f-4f61-b0a9-5e6c7d8e9f10'
    Author            = 'Platform Engineering'
    CompanyName       = 'Contoso'
    Copyright         = '(c) Contoso. All rights reserved.'
    Description       = 'Scheduled reports for the infrastructure team.'
    PowerShellVersion = '5.1'
    RequiredModules   = @('ActiveDirectory')
    FunctionsToExport = @('Get-PrivilegedGroupReport', 'Get-StaleDeviceReport', 'Export-ReportBundle')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags         = @('Reporting', 'ActiveDirectory')
            ReleaseNotes = 'Adds the stale device report.'
        }
    }
}
