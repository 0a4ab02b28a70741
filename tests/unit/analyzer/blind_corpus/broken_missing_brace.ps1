function Get-Report {
    param([string]$Path)
    $rows = Import-Csv -Path $Path
    foreach ($row in $rows) {
        if ($row.Status -eq 'Failed') {
            Write-Output $row.Name
    }
}
