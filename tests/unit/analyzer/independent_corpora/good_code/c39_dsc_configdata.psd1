@{
    AllNodes = @(
        @{
            NodeName                    = '*'
            PSDscAllowPlainTextPassword = $false
            PSDscAllowDomainUser        = $true
            CertificateFile             = 'C:\DscCerts\dsc-encryption.cer'
            Thumbprint                  = '9F3A6C2E1B7D4F8A0C5E3B1D7F9A2C4E6B8D0F1A'
        }
        @{
            NodeName = 'WEB01'
            Role     = 'WebServer'
            SiteRoot = 'D:\Sites\Intranet'
        }
        @{
            NodeName = 'WEB02'
            Role     = 'WebServer'
            SiteRoot = 'D:\Sites\Intranet'
        }
        @{
            NodeName = 'SQL01'
            Role     = 'Database'
            DataPath = 'E:\SQLData'
        }
    )
    NonNodeData = @{
        DomainName       = 'contoso.com'
        ServiceAccount   = 'CONTOSO\svc-intranet'
        PasswordVaultKey = 'Intranet/ServiceAccount'
    }
}
