@{
    RootModule        = 'ContosoOps.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '6f0b3c52-8d1e-4d3a-9c55-2f1e7b0a9d41'
    Author            = 'Infrastructure Team'
    CompanyName       = 'Contoso'
    Description       = 'Operational helpers for the infrastructure team.'
    PowerShellVersion = '5.1'
    RequiredModules   = @('ActiveDirectory')
    FunctionsToExport = @('Get-StaleComputer', 'Disable-StaleComputer', 'Get-ServiceAccountPasswords')
    CmdletsToExport   = @()
    AliasesToExport   = '*'
    PrivateData       = @{
        PSData = @{
            Tags = @('AD', 'Operations')
        }
    }
}
