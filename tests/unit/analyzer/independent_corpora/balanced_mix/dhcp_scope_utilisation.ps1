# Weekly DHCP scope utilisation for the network team
$threshold = 85  
$scopes = Get-DhcpServerv4Scope -ComputerName 'DHCP01'
$rows = foreach ($scope in $scopes) {
    $stats = Get-DhcpServerv4ScopeStatistics -ComputerName 'DHCP01' -ScopeId $scope.ScopeId
    [PSCustomObject]@{
        Scope       = $scope.Name
        ScopeId     = $scope.ScopeId
        InUse       = $stats.InUse
        Free        = $stats.Free
        PercentUsed = [math]::Round($stats.PercentageInUse, 1)
    }
}
$hot = $rows | ? { $_.PercentUsed -ge $threshold }
if ($hot) {
    $hot | Export-Csv -Path '\\fs01\NetOps\dhcp-hot-scopes.csv' -NoTypeInformation
    Write-Warning "$(@($hot).Count) scopes are above $threshold% utilisation"
}
