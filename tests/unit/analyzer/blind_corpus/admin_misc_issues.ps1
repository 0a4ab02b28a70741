function Get-ServerUptime {
    param(
        [string[]]$Servers
    )
    $results = @()
    foreach ($server in $Servers) {
        try {
            $os = Get-CimInstance -ClassName Win32_OperatingSystem -ComputerName $server -ErrorAction Stop
            $results += [pscustomobject]@{ Server = $server; Uptime = (Get-Date) - $os.LastBootUpTime }
        }
        catch {
            # server offline, ignore
        }
    }
    $unused = $results.Count
    return $results
}

$input = Read-Host -Prompt 'Servers (comma separated)'
Get-ServerUptime -Servers ($input -split ',') | Where-Object { $_.Uptime -ne $null }
