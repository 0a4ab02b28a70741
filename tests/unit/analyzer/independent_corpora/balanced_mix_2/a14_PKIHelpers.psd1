@{
    RootModule        = 'PKIHelpers.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '6b1f9a52-3c0e-4d8e-9a55-2f7c8e0d41aa'
    Author            = 'Infrastructure Team'
    CompanyName       = 'Contoso'
    Copyright         = '(c) Contoso. All rights reserved.'
    Description       = 'Helpers for requesting and exporting certificates from the enterprise CA.'
    PowerShellVersion = '5.1'
    RequiredModules   = @()
    FunctionsToExport = @('Get-CertificateTemplateName', 'Submit-CertificateRequest', 'Export-*')
    CmdletsToExport   = '*'
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags       = @('PKI', 'Certificates')
            ProjectUri = 'https://git.contoso.com/infra/pkihelpers'
        }
    }
}
