#Requires -Version 7.2
function Show-ServiceState {
    param([string[]]$Name = @('sshd', 'docker', 'nginx'))

    foreach ($n in $Name) {
        $state = if ($IsLinux) {
            (systemctl is-active $n 2>$null) ?? 'unknown'
        }
        else {
            (Get-Service -Name $n -ErrorAction SilentlyContinue)?.Status ?? 'missing'
        }
        $color = $state -in 'active', 'Running' ? $PSStyle.Foreground.Green : $PSStyle.Foreground.Red
        Write-Host ("{0}{1,-12}{2} {3}" -f $color, $n, $PSStyle.Reset, $state)
    }
}

Show-ServiceState
