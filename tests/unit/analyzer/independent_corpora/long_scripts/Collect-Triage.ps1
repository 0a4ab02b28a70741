<#
.SYNOPSIS
    Live-response triage collection for a single Windows host.

.DESCRIPTION
    Collects volatile and semi-volatile artefacts into a case folder and zips it with a SHA-256
    manifest. Read-only on the host apart from the case folder. Run from an elevated prompt
    on the suspect host, or through a remoting session opened by the IR jump host.

.PARAMETER CaseId
    Case reference, used in the output folder name.

.PARAMETER OutputRoot
    Folder that receives the case folder and the zip.

.PARAMETER EventHours
    How many hours of event logs to export.

.EXAMPLE
    .\Collect-Triage.ps1 -CaseId IR-2024-117 -OutputRoot E:\Triage
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidatePattern('^IR-\d{4}-\d{3,}$')]
    [string]$CaseId,

    [ValidateNotNullOrEmpty()]
    [string]$OutputRoot = "$env:SystemDrive\Triage",

    [ValidateRange(1, 720)]
    [int]$EventHours = 72
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Continue'

$hostName = $env:COMPUTERNAME
$caseDir = Join-Path -Path $OutputRoot -ChildPath ('{0}_{1}_{2:yyyyMMddTHHmmss}' -f $CaseId, $hostName, (Get-Date).ToUniversalTime())
$null = New-Item -Path $caseDir -ItemType Directory -Force

function Save-Artefact {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name,

        [Parameter(Mandatory)]
        [scriptblock]$Collector
    )

    $target = Join-Path -Path $caseDir -ChildPath "$Name.csv"
    $started = Get-Date
    try {
        & $Collector | Export-Csv -Path $target -NoTypeInformation -Encoding UTF8
        Write-Verbose -Message ("{0} collected in {1:N1}s" -f $Name, ((Get-Date) - $started).TotalSeconds)
    }
    catch {
        $message = "{0} failed: {1}" -f $Name, $_.Exception.Message
        Write-Warning -Message $message
        Add-Content -Path (Join-Path -Path $caseDir -ChildPath 'errors.txt') -Value $message
    }
}

Save-Artefact -Name 'processes' -Collector {
    $owners = @{}
    Get-CimInstance -ClassName Win32_Process | ForEach-Object -Process {
        $owner = Invoke-CimMethod -InputObject $_ -MethodName GetOwner -ErrorAction SilentlyContinue
        $owners[$_.ProcessId] = if ($owner.User) { '{0}\{1}' -f $owner.Domain, $owner.User } else { '' }
        [pscustomobject]@{
            ProcessId       = $_.ProcessId
            ParentProcessId = $_.ParentProcessId
            Name            = $_.Name
            CommandLine     = $_.CommandLine
            ExecutablePath  = $_.ExecutablePath
            CreationDate    = $_.CreationDate
            Owner           = $owners[$_.ProcessId]
        }
    }
}

Save-Artefact -Name 'network' -Collector {
    Get-NetTCPConnection -ErrorAction SilentlyContinue |
        Select-Object -Property LocalAddress, LocalPort, RemoteAddress, RemotePort, State, OwningProcess, CreationTime
}

Save-Artefact -Name 'dns_cache' -Collector {
    Get-DnsClientCache | Select-Object -Property Entry, Name, Type, Status, TimeToLive, Data
}

Save-Artefact -Name 'services' -Collector {
    Get-CimInstance -ClassName Win32_Service |
        Select-Object -Property Name, DisplayName, State, StartMode, StartName, PathName
}

Save-Artefact -Name 'scheduled_tasks' -Collector {
    Get-ScheduledTask | ForEach-Object -Process {
        [pscustomobject]@{
            TaskPath = $_.TaskPath
            TaskName = $_.TaskName
            State    = $_.State
            Author   = $_.Author
            Actions  = ($_.Actions | ForEach-Object -Process { '{0} {1}' -f $_.Execute, $_.Arguments }) -join ' | '
            Triggers = ($_.Triggers | ForEach-Object -Process { $_.CimClass.CimClassName }) -join ', '
        }
    }
}

Save-Artefact -Name 'autoruns_registry' -Collector {
    $keys = @(
        'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
        'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce'
        'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Run'
        'HKCU:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
    )
    foreach ($key in $keys) {
        $item = Get-ItemProperty -Path $key -ErrorAction SilentlyContinue
        if ($null -eq $item) { continue }
        $item.PSObject.Properties | Where-Object -FilterScript { $_.Name -notlike 'PS*' } | ForEach-Object -Process {
            [pscustomobject]@{ Key = $key; Name = $_.Name; Value = $_.Value }
        }
    }
}

Save-Artefact -Name 'wmi_subscriptions' -Collector {
    foreach ($class in '__EventFilter', '__EventConsumer', '__FilterToConsumerBinding') {
        Get-CimInstance -Namespace 'root/subscription' -ClassName $class -ErrorAction SilentlyContinue |
            Select-Object -Property @{ Name = 'Class'; Expression = { $class } }, Name, Query, CommandLineTemplate, Filter, Consumer
    }
}

Save-Artefact -Name 'local_admins' -Collector {
    Get-LocalGroupMember -Group 'Administrators' | Select-Object -Property Name, ObjectClass, PrincipalSource
}

Save-Artefact -Name 'startup_folders' -Collector {
    $folders = @(
        [Environment]::GetFolderPath('CommonStartup')
        Join-Path -Path $env:SystemDrive -ChildPath 'Users\*\AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Startup'
    )
    Get-ChildItem -Path $folders -File -Force -ErrorAction SilentlyContinue |
        Select-Object -Property FullName, Length, CreationTimeUtc, LastWriteTimeUtc
}

$since = (Get-Date).AddHours(-$EventHours)
$logs = 'Security', 'System', 'Microsoft-Windows-PowerShell/Operational', 'Microsoft-Windows-Sysmon/Operational'
foreach ($logName in $logs) {
    $safeName = $logName -replace '[\\/]', '_'
    Save-Artefact -Name "events_$safeName" -Collector {
        Get-WinEvent -FilterHashtable @{ LogName = $logName; StartTime = $since } -ErrorAction SilentlyContinue |
            Select-Object -Property TimeCreated, Id, ProviderName, LevelDisplayName, Message
    }.GetNewClosure()
}

$manifest = Get-ChildItem -Path $caseDir -File | ForEach-Object -Process {
    $hash = Get-FileHash -Path $_.FullName -Algorithm SHA256
    [pscustomobject]@{ File = $_.Name; Bytes = $_.Length; SHA256 = $hash.Hash }
}
$manifest | Export-Csv -Path (Join-Path -Path $caseDir -ChildPath 'manifest.csv') -NoTypeInformation -Encoding UTF8

$zipPath = "$caseDir.zip"
Compress-Archive -Path (Join-Path -Path $caseDir -ChildPath '*') -DestinationPath $zipPath -CompressionLevel Optimal
$zipHash = Get-FileHash -Path $zipPath -Algorithm SHA256

[pscustomobject]@{
    CaseId    = $CaseId
    Host      = $hostName
    Folder    = $caseDir
    Archive   = $zipPath
    SHA256    = $zipHash.Hash
    Collected = (Get-Date).ToUniversalTime().ToString('o')
}
