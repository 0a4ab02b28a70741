# Finance month-end reports. Loaded by LegacyReports.psd1.

function Get-InvoiceTotals {
    param(
        [Parameter(Mandatory = $true)]
        [string]$Database = 'FinanceDW',
        [string]$Server
    )
    $query = "SELECT Region, SUM(Amount) AS Total FROM dbo.Invoices GROUP BY Region"
    Invoke-Sqlcmd -ServerInstance $Server -Database $Database -Query $query
}

function Export-MonthEndReport {
    param(
        [string]$OutFile,
        [switch]$IncludeCredits = $true
    )
    $rows = Get-InvoiceTotals -Server 'SQLFIN01'
    if ($IncludeCredits) {
        $rows = $rows | Where-Object Total -ne 0
    }
    $rows | Export-Csv -Path $OutFile -NoTypeInformation
}
