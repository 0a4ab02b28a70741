@{
    RootModule           = '02_ServerInventory.psm1'
    ModuleVersion        = '2.0.1'
    GUID                 = 'c3b0a7de-1f5e-4a8b-8f7f-5a4e4e0b9d10'
    Author               = 'Platform Team'
    CompanyName          = 'Contoso'
    Copyright            = '(c) Contoso. All rights reserved.'
    Description          = 'Inventory queries for Windows servers.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FunctionsToExport    = @(
        'Get-DiskReport'
        'Test-PathWritable'
        'Get-InventorySummary'
    )
    CmdletsToExport      = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('inventory')
            ReleaseNotes = 'Pipeline input for Get-InventorySummary.'
        }
    }
}
