function Get-Uptime {
    param([string]$ComputerName = $env:COMPUTERNAME)
    $os = Get-CimInstance -ClassName Win32_OperatingSystem -ComputerName $ComputerName
    (Get-Date) - $os.LastBootUpTime
}

function global:Show-UptimeBanner {
    $u = Get-Uptime
    Write-Host ("Up {0}d {1}h" -f $u.Days, $u.Hours) -ForegroundColor Cyan
}

function Restart-IfStale {
    param(
        [int]$Days = 30,
        [switch]$WhatIf
    )
    if ((Get-Uptime).Days -gt $Days -and -not $WhatIf) {
        Restart-Computer -Force
    }
}

Export-ModuleMember -Function Get-Uptime, Restart-IfStale
