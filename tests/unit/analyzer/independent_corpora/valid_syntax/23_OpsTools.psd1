#
# Module manifest for module 'OpsTools'
#
@{
    RootModule        = 'OpsTools.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '5b0c8c1e-2f43-4c55-9f38-2d7f3a1e9b11'
    Author            = 'Contoso Platform Team'
    CompanyName       = 'Contoso'
    Copyright         = '(c) Contoso. All rights reserved.'
    Description       = 'Day-to-day operations helpers.'
    PowerShellVersion = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    RequiredModules   = @(
        @{ ModuleName = 'PSFramework'; ModuleVersion = '1.7.0' }
        'Microsoft.PowerShell.Archive'
    )
    FunctionsToExport = '*'
    CmdletsToExport   = @()
    VariablesToExport = '*'
    AliasesToExport   = @('gopc', 'Clear-*')
    FileList          = @('OpsTools.psm1', 'en-US\about_OpsTools.help.txt')
    PrivateData       = @{
        PSData = @{
            Tags         = @('ops', 'windows', 'PSEdition_Core', 'PSEdition_Desktop')
            LicenseUri   = 'https://contoso.example/license'
            ProjectUri   = 'https://github.com/contoso/opstools'
            ReleaseNotes = @'
1.4.0 - adds Clear-OpsCache; "quotes" and 'apostrophes' are fine here
'@
            Prerelease   = ''
        }
    }
}
