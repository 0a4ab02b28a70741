@{
    RootModule        = 'DnsHygiene.psm1'
    ModuleVersion     = '1.3.0'
    GUID              = '6b1f4d0e-8a52-4c1e-9d77-2f6b0c1a9e35'
    Author            = 'Infrastructure Team'
    CompanyName       = 'Contoso'
    Copyright         = '(c) Contoso. All rights reserved.'
    Description       = 'Finds and removes stale DNS records.'
    PowerShellVersion = '5.1'
    RequiredModules   = @('DnsServer')
    FunctionsToExport = @('Get-StaleDnsRecord', 'Remove-StaleDnsRecord', 'Export-DnsZoneReports')
    CmdletsToExport   = '*'
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags       = @('DNS', 'Hygiene')
            ProjectUri = 'https://git.contoso.com/infra/dnshygiene'
        }
    }
}
