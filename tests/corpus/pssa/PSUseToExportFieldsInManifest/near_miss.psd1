@{
    RootModule = 'Inventory.psm1'
    ModuleVersion = '1.0.0'
    FunctionsToExport = @('Get-Inventory', 'Set-Inventory')
    CmdletsToExport = @()
    VariablesToExport = @()
    AliasesToExport = @()
}
