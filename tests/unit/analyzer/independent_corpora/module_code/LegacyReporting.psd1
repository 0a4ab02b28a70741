@{
    ModuleToProcess   = 'LegacyReporting.psm1'
    ModuleVersion     = '2.3.1'
    GUID              = 'd2b7c1e4-7a3f-4c55-8d0e-1f3b6a9e2c70'
    Author            = 'Reporting Team'
    Description       = 'Nightly report generation for the finance share.'
    PowerShellVersion = '3.0'
    FunctionsToExport = 'Get-*', 'Export-FinanceReport'
    AliasesToExport   = $null
}
