#Requires -Version 7.2
<#
.SYNOPSIS
    Hardware/OS inventory of every server in an OU, collected in parallel over WinRM.
.DESCRIPTION
    PowerShell 7 only (ForEach-Object -Parallel). Results go to a JSON file that the CMDB
    import job reads, plus a short summary on screen.
#>
[CmdletBinding()]
param(
    [string]$SearchBase = 'OU=Servers,DC=contoso,DC=com',
    [int]$ThrottleLimit = 16,
    [string]$OutputPath = (Join-Path $PSScriptRoot 'inventory.json'),
    [switch]$IncludeOffline
)

$servers = Get-ADComputer -SearchBase $SearchBase -Filter 'Enabled -eq $true' -Properties OperatingSystem |
    Select-Object -ExpandProperty DNSHostName

$inventory = $servers | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
    $name = $_
    $session = New-CimSession -ComputerName $name -OperationTimeoutSec 20 -ErrorAction SilentlyContinue
    if (-not $session) {
        return [pscustomobject]@{ Name = $name; Online = $false }
    }
    try {
        $os = Get-CimInstance -CimSession $session -ClassName Win32_OperatingSystem
        $cs = Get-CimInstance -CimSession $session -ClassName Win32_ComputerSystem
        $bios = Get-CimInstance -CimSession $session -ClassName Win32_BIOS
        [pscustomobject]@{
            Name         = $name
            Online       = $true
            OS           = $os.Caption
            Build        = $os.BuildNumber
            Model        = $cs.Model ?? 'unknown'
            Serial       = $bios.SerialNumber?.Trim()
            MemoryGB     = [math]::Round($cs.TotalPhysicalMemory / 1GB)
            Cores        = $cs.NumberOfLogicalProcessors
            LastBoot     = $os.LastBootUpTime
            IsVirtual    = $cs.Model -match 'Virtual|VMware' ? $true : $false
        }
    }
    finally {
        Remove-CimSession -CimSession $session
    }
}

$online = $inventory | Where-Object Online
$offline = $inventory | Where-Object { -not $_.Online }
$result = $IncludeOffline ? $inventory : $online

$result | ConvertTo-Json -Depth 3 | Set-Content -Path $OutputPath -Encoding utf8NoBOM
"{0} servers, {1} online, {2} offline -> {3}" -f $inventory.Count, $online.Count, $offline.Count, $OutputPath
$offline.Name | Join-String -Separator ', ' -OutputPrefix 'Offline: '
