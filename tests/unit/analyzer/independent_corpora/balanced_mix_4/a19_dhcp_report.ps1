# DHCP scope utilisation summary for the weekly ops meeting
$dhcpServer = 'DHCP01.corp.contoso.com'
$scopes = Get-DhcpServerv4Scope -ComputerName $dhcpServer
$usage = New-Object Hashtable

foreach ($scope in $scopes) {
    $stats = Get-DhcpServerv4ScopeStatistics -ComputerName $dhcpServer -ScopeId $scope.ScopeId
    $usage[$scope.Name] = [int]$stats.PercentageInUse
}

$usage.GetEnumerator() | Sort-Object Value -Descending | select -First 10 | ft -AutoSize
$hot = $usage.GetEnumerator() | ? { $_.Value -gt 90 }
if ($hot) {
    Write-Warning "$(@($hot).Count) scopes above 90% on $dhcpServer"
}
