[CmdletBinding()]
param(
    [string[]]$ComputerName = @($env:COMPUTERNAME),
    [string]$ReportPath = (Join-Path -Path ([Environment]::GetFolderPath('MyDocuments')) -ChildPath 'patch-report.html')
)

$css = @"
<style>
  body { font-family: 'Segoe UI', sans-serif; font-size: 10pt; }
  table { border-collapse: collapse; }
  td, th { border: 1px solid #ccc; padding: 2px 6px; }
  .late { background-color: #fdd; }
  @media print { body { font-size: 8pt; } }
</style>
"@

$rows = foreach ($computer in $ComputerName) {
    $hotfixes = Get-HotFix -ComputerName $computer -ErrorAction SilentlyContinue
    $latest = $hotfixes | Where-Object -Property InstalledOn | Sort-Object -Property InstalledOn -Descending | Select-Object -First 1
    $age = if ($latest) { ((Get-Date) - $latest.InstalledOn).Days } else { [int]::MaxValue }
    [pscustomobject][ordered]@{
        Computer   = $computer
        HotFixes   = @($hotfixes).Count
        LatestKB   = $latest.HotFixID
        Installed  = '{0:yyyy-MM-dd}' -f $latest.InstalledOn
        AgeDays    = $age
        Summary    = '{0,-15}|{1,5}|{2,-10}' -f $computer, $age, $latest.HotFixID
    }
}

$fragment = $rows | ConvertTo-Html -Fragment -Property Computer, HotFixes, LatestKB, Installed, AgeDays
$fragment = $fragment -replace '<tr><td>([^<]+)</td>(.*?)<td>(\d{3,})</td></tr>', '<tr class="late"><td>$1</td>$2<td>$3</td></tr>'
ConvertTo-Html -Head $css -Body "<h1>Patch status $(Get-Date -Format 'D')</h1>$fragment" -Title 'Patch status' |
    Out-File -FilePath $ReportPath -Encoding utf8
Invoke-Item -Path $ReportPath
