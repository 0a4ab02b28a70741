<#
.SYNOPSIS
    Builds an HTML report of missing updates from a CSV produced by the WSUS export job.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$CsvPath,

    [string]$ReportPath = (Join-Path -Path $env:TEMP -ChildPath 'patch-report.html')
)

$rows = Import-Csv -Path $CsvPath
$tableRows = foreach ($row in $rows | Sort-Object -Property Computer) {
    $cssClass = 'ok'
    if ([int]$row.Missing -gt 10) {
        $cssClass = 'bad'
    }
    '<tr class="{0}"><td>{1}</td><td>{2}</td><td>{3}</td></tr>' -f $cssClass,
        [System.Net.WebUtility]::HtmlEncode($row.Computer), $row.Missing, $row.LastScan
}

$html = @"
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Patch compliance $(Get-Date -Format 'yyyy-MM-dd')</title>
<style>
  tr.bad td { background: #f8d7da; }
  tr.ok td { background: #d4edda; }
</style>
<script>
  function filterRows(text) {
    document.querySelectorAll('tbody tr').forEach(function (tr) {
      tr.style.display = tr.innerText.toLowerCase().indexOf(text.toLowerCase()) >= 0 ? '' : 'none';
    });
  }
</script>
</head>
<body>
<input type="search" placeholder="Filter" oninput="filterRows(this.value)">
<table>
<thead><tr><th>Computer</th><th>Missing</th><th>Last scan</th></tr></thead>
<tbody>
$($tableRows -join [Environment]::NewLine)
</tbody>
</table>
</body>
</html>
"@

Set-Content -Path $ReportPath -Value $html -Encoding UTF8
Write-Verbose -Message "Report written to $ReportPath"
