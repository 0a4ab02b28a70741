@{
    ModuleToProcess   = 'Win2008Tools.psm1'
    ModuleVersion     = '1.0.7'
    GUID              = '0f9c3d41-2a6b-4e8e-b1c7-5d2a8e4f6b13'
    Author            = 'Ops'
    Description       = 'Helpers kept for the last Windows Server 2008 hosts.'
    PowerShellVersion = '2.0'
    FunctionsToExport = @('Get-EventSummary', 'Clear-OldProfile')
    CmdletsToExport   = @()
    AliasesToExport   = @()
}
