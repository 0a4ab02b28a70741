@{
    RootModule        = 'v08_module_using.psm1'
    ModuleVersion     = '1.2.0'
    GUID              = '6f3c2a8e-4b1d-4e5f-9a7c-2d8e1f0b3c45'
    Author            = 'Platform Team'
    CompanyName       = 'Example Corp'
    Copyright         = '(c) Example Corp. All rights reserved.'
    Description       = 'Small hashing helpers used by the release tooling.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('ConvertTo-Sha256Hex', 'Test-Sha256Hex')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags       = @('hash', 'sha256')
            ProjectUri = 'https://git.example.com/platform/hashtools'
        }
    }
}
