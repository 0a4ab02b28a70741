<#
.SYNOPSIS
    Nightly maintenance orchestrator for the file and print servers.

.DESCRIPTION
    Runs a fixed list of maintenance steps (log rotation, temp clean-up, disk space check,
    service health check) with retries and writes a structured log. Designed to run as a
    scheduled task under a gMSA. Each step is idempotent.

.PARAMETER ConfigPath
    Path to the JSON file that lists the servers and thresholds.

.PARAMETER LogDirectory
    Folder that receives the run log. Created when missing.

.PARAMETER MaxAttempts
    How many times a failing step is attempted before it is marked failed.

.EXAMPLE
    .\Invoke-NightlyMaintenance.ps1 -ConfigPath D:\Ops\maintenance.json -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string]$ConfigPath,

    [string]$LogDirectory = 'D:\Ops\Logs',

    [ValidateRange(1, 10)]
    [int]$MaxAttempts = 3
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$runId = Get-Date -Format 'yyyyMMdd-HHmmss'
if (-not (Test-Path -LiteralPath $LogDirectory)) {
    $null = New-Item -Path $LogDirectory -ItemType Directory
}
$logFile = Join-Path -Path $LogDirectory -ChildPath "maintenance-$runId.log"

function Write-RunLog {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Message,

        [ValidateSet('Info', 'Warning', 'Error')]
        [string]$Level = 'Info'
    )

    $entry = '{0:o} {1,-7} {2}' -f (Get-Date), $Level.ToUpperInvariant(), $Message
    Add-Content -LiteralPath $logFile -Value $entry -Encoding UTF8
    switch ($Level) {
        'Warning' { Write-Warning -Message $Message }
        'Error' { Write-Error -Message $Message -ErrorAction Continue }
        default { Write-Verbose -Message $Message }
    }
}

function Invoke-WithRetry {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name,

        [Parameter(Mandatory)]
        [scriptblock]$Action,

        [int]$Attempts = 3,

        [int]$DelaySeconds = 30
    )

    for ($attempt = 1; $attempt -le $Attempts; $attempt++) {
        try {
            Write-RunLog -Message "[$Name] attempt $attempt of $Attempts"
            $result = & $Action
            Write-RunLog -Message "[$Name] succeeded"
            return [pscustomobject]@{ Step = $Name; Succeeded = $true; Attempts = $attempt; Output = $result }
        }
        catch {
            Write-RunLog -Level Warning -Message "[$Name] failed: $($_.Exception.Message)"
            if ($attempt -lt $Attempts) {
                Start-Sleep -Seconds ($DelaySeconds * $attempt)
            }
        }
    }

    Write-RunLog -Level Error -Message "[$Name] gave up after $Attempts attempts"
    [pscustomobject]@{ Step = $Name; Succeeded = $false; Attempts = $Attempts; Output = $null }
}

function Remove-StaleFile {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$Path,

        [Parameter(Mandatory)]
        [int]$OlderThanDays,

        [string]$Filter = '*'
    )

    $cutoff = (Get-Date).AddDays(-$OlderThanDays)
    $stale = Get-ChildItem -LiteralPath $Path -Filter $Filter -File -Recurse -ErrorAction SilentlyContinue |
        Where-Object -FilterScript { $_.LastWriteTime -lt $cutoff }

    $removed = 0
    foreach ($file in $stale) {
        if ($PSCmdlet.ShouldProcess($file.FullName, 'Remove stale file')) {
            Remove-Item -LiteralPath $file.FullName -Force
            $removed++
        }
    }
    $removed
}

function Test-DiskSpace {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)]
        [string[]]$ComputerName,

        [ValidateRange(1, 99)]
        [int]$MinimumFreePercent = 15
    )

    foreach ($computer in $ComputerName) {
        $disks = Get-CimInstance -ClassName Win32_LogicalDisk -ComputerName $computer -Filter 'DriveType = 3'
        foreach ($disk in $disks) {
            $freePercent = [math]::Round(($disk.FreeSpace / $disk.Size) * 100, 1)
            [pscustomobject]@{
                ComputerName = $computer
                Drive        = $disk.DeviceID
                FreePercent  = $freePercent
                Healthy      = $freePercent -ge $MinimumFreePercent
            }
        }
    }
}

function Test-ServiceHealth {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string[]]$ComputerName,

        [Parameter(Mandatory)]
        [string[]]$ServiceName
    )

    foreach ($computer in $ComputerName) {
        $services = Get-CimInstance -ClassName Win32_Service -ComputerName $computer |
            Where-Object -FilterScript { $ServiceName -contains $_.Name }
        foreach ($service in $services) {
            [pscustomobject]@{
                ComputerName = $computer
                Service      = $service.Name
                State        = $service.State
                Healthy      = $service.State -eq 'Running'
            }
        }
    }
}

$config = Get-Content -LiteralPath $ConfigPath -Raw | ConvertFrom-Json
Write-RunLog -Message "Run $runId started with $($config.Servers.Count) servers"

$steps = [System.Collections.Generic.List[object]]::new()

$steps.Add((Invoke-WithRetry -Name 'RotateLogs' -Attempts $MaxAttempts -Action {
    Remove-StaleFile -Path $config.LogShare -OlderThanDays $config.LogRetentionDays -Filter '*.log'
}))

$steps.Add((Invoke-WithRetry -Name 'CleanTemp' -Attempts $MaxAttempts -Action {
    Remove-StaleFile -Path $config.TempShare -OlderThanDays 2
}))

$steps.Add((Invoke-WithRetry -Name 'DiskSpace' -Attempts $MaxAttempts -Action {
    Test-DiskSpace -ComputerName $config.Servers -MinimumFreePercent $config.MinimumFreePercent
}))

$steps.Add((Invoke-WithRetry -Name 'Services' -Attempts $MaxAttempts -Action {
    Test-ServiceHealth -ComputerName $config.Servers -ServiceName $config.CriticalServices
}))

foreach ($step in $steps) {
    if ($step.Succeeded -and $step.Output) {
        $unhealthy = @($step.Output | Where-Object -FilterScript { $_.PSObject.Properties['Healthy'] -and -not $_.Healthy })
        foreach ($item in $unhealthy) {
            Write-RunLog -Level Warning -Message ("{0}: {1}" -f $step.Step, ($item | ConvertTo-Json -Compress))
        }
    }
}

$failed = @($steps | Where-Object -FilterScript { -not $_.Succeeded })
Write-RunLog -Message ("Run {0} finished: {1} steps, {2} failed" -f $runId, $steps.Count, $failed.Count)

if ($failed.Count -gt 0) {
    exit 1
}
