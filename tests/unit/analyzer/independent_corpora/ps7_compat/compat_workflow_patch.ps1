<#
.SYNOPSIS
    Restarts a set of servers in parallel after patching (legacy workflow, kept for the 2012 R2 hosts).
#>
workflow Invoke-PatchReboot {
    param(
        [string[]]$Servers
    )

    foreach -parallel ($server in $Servers) {
        Restart-Computer -PSComputerName $server -Wait -For PowerShell -Force
    }
}

$targets = Get-Content -Path 'C:\ops\patch-wave1.txt'
Invoke-PatchReboot -Servers $targets
