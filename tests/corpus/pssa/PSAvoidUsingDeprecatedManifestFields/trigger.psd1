@{
    ModuleToProcess = 'Inventory.psm1'
    ModuleVersion = '1.0.0'
    GUID = 'b3f4b6c1-1111-4d6e-9f0a-2a3b4c5d6e7f'
    FunctionsToExport = @('Get-Inventory')
    CmdletsToExport = @()
    VariablesToExport = @()
    AliasesToExport = @()
}
