@{
    RootModule = 'Tools.psm1'
    ModuleVersion = '1.0.0'
    FunctionsToExport = @('Get-Tool', 'Set-Tool'
    CmdletsToExport = @()
}
