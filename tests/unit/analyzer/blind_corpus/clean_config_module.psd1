@{
    RootModule        = 'clean_config_module.psm1'
    ModuleVersion     = '2.0.1'
    GUID              = '0b5e8f84-90c2-4a8a-b1a4-0d0c6e2f5a77'
    Author            = 'Platform Team'
    CompanyName       = 'Contoso'
    Copyright         = '(c) Contoso. All rights reserved.'
    Description       = 'Reads application settings from JSON files.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-AppSetting', 'Clear-AppSettingCache')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
