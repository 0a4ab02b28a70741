@{
    ModuleToProcess   = 'admin_printer_module.psm1'
    ModuleVersion     = '0.9.2'
    GUID              = 'a3f1c2d4-7e8b-4c6a-9d0e-1b2c3d4e5f60'
    Author            = 'helpdesk'
    FunctionsToExport = '*'
    CmdletsToExport   = '*'
    AliasesToExport   = @()
}
