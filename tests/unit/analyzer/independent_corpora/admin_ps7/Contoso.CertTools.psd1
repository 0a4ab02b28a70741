@{
    RootModule        = 'Contoso.CertTools.psm1'
    ModuleVersion     = '0.9.2'
    GUID              = '0f6f1d8e-2a5b-4a63-9c1e-7d2b8e4f3a91'
    Author            = 'Contoso Platform Team'
    CompanyName       = 'Contoso Ltd.'
    Copyright         = '(c) Contoso Ltd. All rights reserved.'
    Description       = 'Certificate inventory and clean-up helpers.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-ExpiringCertificate', 'Remove-ExpiredCertificate')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags = @('Certificates', 'PKI')
        }
    }
}
