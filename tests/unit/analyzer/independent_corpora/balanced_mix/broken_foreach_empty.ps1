# Collects the patch level of every server listed in the CMDB export
$cmdb = Import-Csv -Path '\\fs01\CMDB\servers.csv'
$servers = $cmdb | Where-Object Role -eq 'Web' | Select-Object -ExpandProperty Name
Write-Verbose -Message "$(@($servers).Count) web servers in the CMDB"

$report = foreach ($s in ) {
    $hotfix = Get-HotFix -ComputerName $s | Sort-Object -Property InstalledOn -Descending | Select-Object -First 1
    [PSCustomObject]@{
        Server    = $s
        LastKB    = $hotfix.HotFixID
        Installed = $hotfix.InstalledOn
    }
}
$report | Export-Csv -Path .\patch-level.csv -NoTypeInformation
