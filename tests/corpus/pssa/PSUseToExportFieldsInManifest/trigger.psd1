@{
    RootModule = 'Inventory.psm1'
    ModuleVersion = '1.0.0'
    FunctionsToExport = '*'
    CmdletsToExport = @()
    AliasesToExport = $null
    VariablesToExport = '*'
}
