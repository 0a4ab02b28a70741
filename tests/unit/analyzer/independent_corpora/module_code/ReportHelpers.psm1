function Export-Report {
    <#
    .SYNOPSIS
        Writes report rows to CSV or HTML.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, HelpMessage = '')]
        [object[]]$Rows,

        [Parameter(Mandatory)]
        [string]$Path = 'report.csv',

        [ValidateSet('Csv', 'Html')]
        [string][object]$Format = 'Csv'
    )

    switch ($Format) {
        'Csv' { $Rows | Export-Csv -Path $Path -NoTypeInformation }
        'Html' { $Rows | ConvertTo-Html -Title 'Report' | Set-Content -Path $Path }
    }
}

function Get-ReportColumn {
    <#
    .SYNOPSIS
        Reads a column from the first row of a report.
    #>
    param(
        [Parameter(Mandatory)]
        [psobject]$Row,

        [string]$Column
    )

    $Row.($Column)
    $Row.('Extra' + $Column)
}

Export-ModuleMember -Function Export-Report, Get-ReportColumn
