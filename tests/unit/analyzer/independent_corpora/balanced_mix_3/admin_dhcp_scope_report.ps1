<#
.SYNOPSIS
    Warns about DHCP scopes that are running out of addresses.
#>
param(
    [string]$DhcpServer = 'dhcp01.corp.contoso.com',
    [int]$Threshold = 85
)

$scopes = Get-DhcpServerv4Scope -ComputerName $DhcpServer
$full = foreach ($scope in $scopes) {
    $stats = Get-DhcpServerv4ScopeStatistics -ComputerName $DhcpServer -ScopeId $scope.ScopeId
    if ($stats.PercentageInUse -ge $Threshold) {
        [pscustomobject]@{
            Scope   = $scope.ScopeId.IPAddressToString
            Name    = $scope.Name
            InUse   = $stats.InUse
            Free    = $stats.Free
            Percent = [math]::Round($stats.PercentageInUse, 1)
        }
    }
}

if ($full) {
    $body = $full | ConvertTo-Html -Fragment | Out-String
    Send-MailMessage -To 'netops@contoso.com' -From 'dhcp@contoso.com' -Subject 'DHCP scopes nearly full' `
        -Body $body -BodyAsHtml -SmtpServer 'smtp.contoso.com'
}
