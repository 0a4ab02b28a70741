@{
    ModuleToProcess   = '02_ServerInventory.psm1'
    ModuleVersion     = '0.9.3'
    GUID              = '0b9a3c55-2d41-4c8e-a1e3-77c9f2d6e4aa'
    Author            = 'jdoe'
    Description       = 'Old helper functions kept for the build farm.'
    PowerShellVersion = '3.0'
    FunctionsToExport = @('Get-DiskReport', 'Test-PathWritable')
    CmdletsToExport   = $null
    AliasesToExport   = @()
}
