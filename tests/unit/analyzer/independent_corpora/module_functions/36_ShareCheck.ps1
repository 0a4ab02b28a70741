# Checks that every file server answers and publishes its admin share.
$servers = Get-Content -Path .\servers.txt | Where-Object { $_ -and -not $_.StartsWith('#') }

$report = $servers | ForEach-Object {
    $name = $_
    $online = Test-Connection -ComputerName $name -Count 1 -Quiet
    $share = "\\$name\c$\Windows\Temp"
    $lastServer = $name
    [pscustomobject]@{
        Server = $name
        Online = $online
        Share  = if ($online) { Test-Path -Path "\\$name\admin$" } else { $false }
    }
}

Write-Verbose -Message "Last server checked: $lastServer"
$report | Sort-Object -Property Online, Server | Format-Table -AutoSize
