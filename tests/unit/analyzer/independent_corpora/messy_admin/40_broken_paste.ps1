# pasted from the forum thread, fixed the server name
$servers = Get-Content C:\Scripts\dhcp_servers.txt

foreach ($s in $servers) {
    $scopes = Get-DhcpServerv4Scope -ComputerName $s
    foreach ($scope in $scopes) {
        $stats = Get-DhcpServerv4ScopeStatistics -ComputerName $s -ScopeId $scope.ScopeId
        if ($stats.PercentageInUse -gt 85) {
            Write-Warning ("{0} {1} is {2}% full" -f $s, $scope.Name, [int]$stats.PercentageInUse)
        }
    }

Write-Output "checked $($servers.Count) DHCP servers"
