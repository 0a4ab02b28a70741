param(
    [string]$ReportPath = 'C:\Reports\patches.csv'
)

$global:ErrorActionPreference = 'Stop'
$servers = Get-Content -Path 'C:\Reports\servers.txt'
$rows = @()
foreach ($host in $servers) {
    $hotfixes = Get-HotFix -ComputerName $host
    if ($hotfixes = $null) {
        [Console]::WriteLine("No data from $host")
    }
    if ($hotfixes.Count > 0) {
        $rows += $hotfixes | Select-Object -Property PSComputerName, HotFixID, InstalledOn
    }
}
$rows | Export-Csv -Path $ReportPath -NoTypeInformation
