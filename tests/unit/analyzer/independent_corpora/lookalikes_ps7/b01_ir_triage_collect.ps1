<#
.SYNOPSIS
    Collects volatile triage data from the local host for the IR team.
.EXAMPLE
    .\b01_ir_triage_collect.ps1 -CaseId IR-2291
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$CaseId,

    [string]$OutputRoot = 'D:\IR'
)

$dest = Join-Path -Path $OutputRoot -ChildPath "$CaseId-$env:COMPUTERNAME"
New-Item -Path $dest -ItemType Directory -Force | Out-Null

Get-Process | Select-Object -Property Id, ProcessName, Path, StartTime |
    Export-Csv -Path (Join-Path -Path $dest -ChildPath 'processes.csv') -NoTypeInformation
Get-NetTCPConnection -State Established, Listen |
    Select-Object -Property LocalAddress, LocalPort, RemoteAddress, RemotePort, State, OwningProcess |
    Export-Csv -Path (Join-Path -Path $dest -ChildPath 'connections.csv') -NoTypeInformation

# autostart locations are read, never changed
$runKeys = @(
    'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run'
    'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce'
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
)
foreach ($key in $runKeys) {
    if (Test-Path -Path $key) {
        Get-ItemProperty -Path $key | Out-File -FilePath (Join-Path -Path $dest -ChildPath 'autoruns.txt') -Append
    }
}
Get-ChildItem -Path "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup" -Force |
    Select-Object -Property FullName, Length, LastWriteTime |
    Export-Csv -Path (Join-Path -Path $dest -ChildPath 'startup_folder.csv') -NoTypeInformation

Get-ScheduledTask | Where-Object { $_.State -ne 'Disabled' } |
    Select-Object -Property TaskPath, TaskName, State |
    Export-Csv -Path (Join-Path -Path $dest -ChildPath 'tasks.csv') -NoTypeInformation

foreach ($class in '__EventFilter', 'CommandLineEventConsumer', '__FilterToConsumerBinding') {
    Get-CimInstance -Namespace root\subscription -ClassName $class |
        Export-Clixml -Path (Join-Path -Path $dest -ChildPath "wmi_$class.xml")
}

Get-ChildItem -Path $dest -File |
    Get-FileHash -Algorithm SHA256 |
    Export-Csv -Path (Join-Path -Path $OutputRoot -ChildPath "$CaseId-manifest.csv") -NoTypeInformation
