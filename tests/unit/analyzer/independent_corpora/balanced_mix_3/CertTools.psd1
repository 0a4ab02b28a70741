@{
    RootModule           = 'CertTools.psm1'
    ModuleVersion        = '2.0.4'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = 'c4f1e2a7-3d9b-4e0f-8a61-5b2d7c9e1f03'
    Author               = 'PKI Team'
    CompanyName          = 'Contoso'
    Copyright            = '(c) Contoso. All rights reserved.'
    Description          = 'Helpers for requesting, renewing and auditing machine certificates.'
    PowerShellVersion    = '5.1'
    FunctionsToExport    = @('Get-ExpiringCertificate', 'Request-MachineCertificate', 'Test-CertificateChain')
    CmdletsToExport      = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('PKI', 'Certificates')
            LicenseUri   = 'https://git.contoso.com/pki/certtools/LICENSE'
            ReleaseNotes = 'Adds chain validation against the offline root.'
        }
    }
}
