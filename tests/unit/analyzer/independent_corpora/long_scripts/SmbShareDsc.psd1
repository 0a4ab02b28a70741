@{
    RootModule           = 'SmbShareDsc.psm1'
    ModuleVersion        = '1.3.0'
    GUID                 = '6b1f4a0e-5d2c-4b8e-9f3a-2c7d8e1a4b90'
    Author               = 'Platform Engineering'
    CompanyName          = 'Contoso'
    Copyright            = '(c) Contoso. All rights reserved.'
    Description          = 'DSC resources for SMB shares and their access lists.'
    PowerShellVersion    = '5.1'
    RequiredModules      = @('SmbShare')
    FunctionsToExport    = '*'
    CmdletsToExport      = @()
    VariablesToExport    = '*'
    AliasesToExport      = '*'
    DscResourcesToExport = @('DSC_SmbShareAccess')
    PrivateData          = @{
        PSData = @{
            Tags         = @('DSC', 'SMB', 'FileServer')
            ProjectUri   = 'https://git.contoso.local/platform/SmbShareDsc'
            ReleaseNotes = 'Adds ChangeAccess; fixes drift detection when ReadAccess is empty.'
        }
    }
}
