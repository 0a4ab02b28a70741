@{
    RootModule        = 'CertInventory.psm1'
    ModuleVersion     = '1.3.0'
    GUID              = '8d6f5c1e-2b7a-4e0f-9c3d-1a2b3c4d5e6f'
    Author            = 'Platform Team'
    CompanyName       = 'Corp Example'
    Copyright         = '(c) Corp Example. All rights reserved.'
    Description       = 'Certificate inventory helpers for server baselines.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-ExpiringCertificate', 'Test-CertificateChain')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags       = @('Certificates', 'Inventory')
            ProjectUri = 'https://git.corp.example/platform/certinventory'
        }
    }
}
