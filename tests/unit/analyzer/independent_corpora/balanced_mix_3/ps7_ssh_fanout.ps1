#Requires -Version 7
# Runs the same diagnostics on Linux hosts over SSH remoting.
param(
    [string[]]$LinuxHosts = @('app01.lab.local', 'app02.lab.local'),
    [string]$KeyFile = '~/.ssh/id_ed25519'
)

$sessions = foreach ($h in $LinuxHosts) {
    New-PSSession -HostName $h -UserName 'ops' -KeyFilePath $KeyFile
}

$report = Invoke-Command -Session $sessions -ScriptBlock {
    [pscustomobject]@{
        Kernel = (uname -r)
        Load   = (Get-Content /proc/loadavg -Raw).Split(' ')[0]
        Disk   = (df -h / | Select-Object -Last 1)
    }
}

$report | Format-Table PSComputerName, Kernel, Load, Disk
$sessions | Remove-PSSession
