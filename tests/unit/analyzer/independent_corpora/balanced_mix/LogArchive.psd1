@{
    RootModule        = 'LogArchive.psm1'
    ModuleVersion     = '2.0.1'
    GUID              = 'a7d9e1c4-6b3f-4f0a-8c2e-5d1b9e7f3a60'
    Author            = 'Platform Operations'
    CompanyName       = 'Contoso'
    Description       = 'Archives and lists rotated application logs.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Compress-OldLog', 'Get-LogArchive')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
