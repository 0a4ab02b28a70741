@{
    ModuleVersion     = '0.9.2'
    GUID              = 'c4a4c0a4-8d7b-4a52-a1a3-0e7a3b4f6c2d'
    Author            = 'Reporting Team'
    Description       = 'HTML and CSV report builders.'
    RootModule        = 'Reporting.psm1'
    PowerShellVersion = '5.1'
    NestedModules     = @('Private\Html.psm1', 'Private\Csv.psm1')
    FunctionsToExport = @(
        'New-HtmlReport'
        'Export-CsvReport'
        'ConvertTo-ReportTable'
    )
    CmdletsToExport   = @()
    AliasesToExport   = @()
    VariablesToExport = @()
    PrivateData       = @{
        PSData = @{
            Tags       = 'report', 'html'
            ProjectUri = 'https://git.contoso.example/reporting'
        }
    }
}
