@{
    RootModule        = 'DiskReport.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '5f0c2a8e-3d7b-4a51-9c7e-2b8d6f1e4a90'
    Author            = 'Infrastructure Team'
    CompanyName       = 'Contoso'
    Copyright         = '(c) Contoso. All rights reserved.'
    Description       = 'Volume free-space reporting for file servers.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-VolumeReport')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags       = @('Storage', 'Reporting')
            ProjectUri = 'https://git.contoso.com/infra/diskreport'
        }
    }
}
