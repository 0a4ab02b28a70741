@{
    RootModule        = 'clean_module.psm1'
    ModuleVersion     = '1.2.0'
    GUID              = '5d0c1f3e-8a4b-4f4e-9a57-2f3c6b1d7e90'
    Author            = 'Platform Team'
    CompanyName       = 'Contoso'
    Copyright         = '(c) Contoso. All rights reserved.'
    Description       = 'Helpers for checking TLS certificates of internal sites.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-SiteCertificate', 'Test-CertificateExpiry')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags = @('TLS', 'Certificates')
        }
    }
}
