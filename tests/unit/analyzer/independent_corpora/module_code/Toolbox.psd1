@{
    RootModule           = 'Toolbox.psm1'
    ModuleVersion        = '0.9.2'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '9a41e2f0-6d3c-4b8a-a0f5-7c2e91d4b5a6'
    Author               = 'Platform Team'
    CompanyName          = 'Contoso'
    Copyright            = '(c) Contoso. All rights reserved.'
    Description          = 'Small text and file helpers.'
    PowerShellVersion    = '5.1'
    FunctionsToExport    = @('ConvertTo-Slug', 'Get-FileAge', 'Set-FileReadOnly')
    CmdletsToExport      = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('text', 'files')
            LicenseUri = 'https://git.contoso.com/platform/toolbox/LICENSE'
        }
    }
}
