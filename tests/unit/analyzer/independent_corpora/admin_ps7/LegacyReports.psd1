@{
    ModuleToProcess   = 'LegacyReports.psm1'
    ModuleVersion     = '2.0.3'
    GUID              = 'c2d6e8a4-71b9-4f3e-8d0a-6a4b2f9e1c55'
    Author            = 'IT Operations'
    Description       = 'Old reporting cmdlets kept for the finance scheduled jobs.'
    PowerShellVersion = '3.0'
    FunctionsToExport = '*'
    CmdletsToExport   = '*'
    AliasesToExport   = @()
}
