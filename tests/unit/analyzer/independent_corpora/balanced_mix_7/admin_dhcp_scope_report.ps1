$dhcp = 'dhcp01.corp.local'
$scopes = Get-DhcpServerv4Scope -ComputerName $dhcp
$report = foreach ($scope in $scopes) {
    $stats = Get-DhcpServerv4ScopeStatistics -ComputerName $dhcp -ScopeId $scope.ScopeId
    [pscustomobject]@{
        Scope       = $scope.ScopeId
        Name        = $scope.Name
        InUse       = $stats.InUse
        Free        = $stats.Free
        PercentUsed = [math]::Round($stats.PercentageInUse, 1)
    }
}
$report | Where-Object PercentUsed -GT 90 | ForEach-Object {
    Write-Warning ("Scope {0} ({1}) is {2}% full" -f $_.Scope, $_.Name, $_.PercentUsed)
}
$report | Export-Csv -Path "C:\Reports\dhcp_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
Get-DhcpServerv4Failover -ComputerName 'dhcp02' | Select-Object Name, State, Mode
