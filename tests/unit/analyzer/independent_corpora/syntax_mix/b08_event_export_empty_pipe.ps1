param(
    [string[]]$Servers = @('dc01', 'dc02'),
    [int]$Hours = 24
)

$since = (Get-Date).AddHours(-$Hours)
$all = foreach ($server in $Servers) {
    Get-WinEvent -ComputerName $server -FilterHashtable @{ LogName = 'System'; Level = 2; StartTime = $since } -MaxEvents 50 |
}

$all | Export-Csv -Path .\system-errors.csv -NoTypeInformation
