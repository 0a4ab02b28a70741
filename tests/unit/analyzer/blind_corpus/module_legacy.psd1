@{
    ModuleToProcess   = 'Legacy.Tools.psm1'
    GUID              = 'a4b9cbb2-3c59-4d61-9f0e-2c1d1b7e7c10'
    Author            = 'Ops'
    Description       = 'Old helper module.'
    FunctionsToExport = @('Get-LegacyReport', 'Invoke-LegacyCleanup')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
