$computers = 'ws-0142', 'ws-0177', 'ws-0203'
foreach ($c in $computers) {
    if (-not (Test-Connection -ComputerName $c -Count 1 -Quiet)) {
        Write-Warning "$c offline"
        continue
    }
    $ts = Get-WmiObject -Namespace root\cimv2\TerminalServices -Class Win32_TerminalServiceSetting -ComputerName $c
    if ($ts -eq $null) { Write-Warning "no terminal services settings on $c"; continue }
    $ts.SetAllowTSConnections(1, 1) | Out-Null
    Invoke-Command -ComputerName $c -ScriptBlock {
        Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name UserAuthentication -Value 1
        Enable-NetFirewallRule -DisplayGroup 'Remote Desktop'
    }
    Write-Output "RDP enabled on $c"
}
