@{
    RootModule        = 'Maintenance.psm1'
    ModuleVersion     = '2.1.0'
    GUID              = 'b0d3e5c2-7a41-4f6e-9c2d-83a1f4e6b7d9'
    Author            = 'Platform Team'
    CompanyName       = 'Corp'
    Copyright         = '(c) Corp. All rights reserved.'
    Description       = 'Volume space checks and a maintenance log.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-VolumeSpace', 'Write-MaintenanceLog')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags       = @('maintenance', 'storage')
            ProjectUri = 'https://git.corp.local/platform/maintenance'
        }
    }
}
