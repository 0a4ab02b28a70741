<#
    Collects the last boot time. Works on both editions: the PowerShell 7 path
    uses Get-Uptime, Windows PowerShell falls back to WMI.
#>
[CmdletBinding()]
param()

if ($PSVersionTable.PSVersion.Major -ge 7) {
    $lastBoot = Get-Uptime -Since
}
else {
    $os = Get-WmiObject -Class Win32_OperatingSystem
    $lastBoot = $os.ConvertToDateTime($os.LastBootUpTime)
}

[pscustomobject]@{
    Computer = [System.Net.Dns]::GetHostName()
    LastBoot = $lastBoot
    Days     = [math]::Round(((Get-Date) - $lastBoot).TotalDays, 1)
}
