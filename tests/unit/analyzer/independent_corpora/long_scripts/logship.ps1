#!/usr/bin/env pwsh
#Requires -Version 7.2
<#
.SYNOPSIS
    logship - collects application logs on Linux, macOS or Windows and ships them to the
    central collector over HTTPS.
.DESCRIPTION
    Reads a YAML-free JSON config, tails each configured log since the last shipped offset,
    compresses the batch and posts it. Offsets are kept in a small state file next to the config.
#>
[CmdletBinding()]
param(
    [string]$ConfigPath,
    [int]$BatchSize = 500,
    [switch]$DryRun,
    [int]$ThrottleLimit = 4
)

$ErrorActionPreference = 'Stop'

$defaultConfig = if ($IsWindows) {
    Join-Path $env:ProgramData 'logship/config.json'
}
elseif ($IsMacOS) {
    '/usr/local/etc/logship/config.json'
}
else {
    '/etc/logship/config.json'
}

$ConfigPath = $ConfigPath ? $ConfigPath : $defaultConfig
$statePath = Join-Path (Split-Path $ConfigPath -Parent) 'state.json'

$config = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json -AsHashtable
$state = (Test-Path $statePath) ? (Get-Content $statePath -Raw | ConvertFrom-Json -AsHashtable) : @{}

$collector = $config.collector ?? 'https://logs.example.net/ingest'
$token = $env:LOGSHIP_TOKEN ?? $config.token
if (-not $token) {
    throw 'No token: set LOGSHIP_TOKEN or token in the config file.'
}

function Get-NewLogLine {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path,
        [long]$Offset = 0,
        [int]$Max = 500
    )

    $file = Get-Item -LiteralPath $Path -ErrorAction SilentlyContinue
    if ($null -eq $file) {
        return [pscustomobject]@{ Path = $Path; Lines = @(); Offset = $Offset }
    }
    if ($file.Length -lt $Offset) {
        Write-Verbose "$Path was rotated, starting from the top"
        $Offset = 0
    }

    $stream = [System.IO.File]::Open($file.FullName, 'Open', 'Read', 'ReadWrite')
    try {
        $null = $stream.Seek($Offset, 'Begin')
        $reader = [System.IO.StreamReader]::new($stream)
        $lines = [System.Collections.Generic.List[string]]::new()
        while ($lines.Count -lt $Max -and ($line = $reader.ReadLine()) -ne $null) {
            $lines.Add($line)
        }
        [pscustomobject]@{ Path = $Path; Lines = $lines.ToArray(); Offset = $stream.Position }
    }
    finally {
        $stream.Dispose()
    }
}

function ConvertTo-GzipBase64 {
    param([Parameter(Mandatory)][string]$Text)
    $bytes = [System.Text.Encoding]::UTF8.GetBytes($Text)
    $ms = [System.IO.MemoryStream]::new()
    $gz = [System.IO.Compression.GZipStream]::new($ms, [System.IO.Compression.CompressionLevel]::Optimal)
    $gz.Write($bytes, 0, $bytes.Length)
    $gz.Dispose()
    [Convert]::ToBase64String($ms.ToArray())
}

$sources = $config.sources | Where-Object { $_.enabled -ne $false }
Write-Verbose "Shipping $($sources.Count) sources to $collector in batches of $BatchSize"
$getLineDef = ${function:Get-NewLogLine}.ToString()
Write-Debug "Passing Get-NewLogLine ($($getLineDef.Length) chars) to the parallel runspaces"

$batches = $sources | ForEach-Object -Parallel {
    $src = $_
    $offset = ($using:state)[$src.path] ?? 0
    ${function:Get-NewLogLine} = $using:getLineDef
    Get-NewLogLine -Path $src.path -Offset $offset -Max $using:BatchSize
} -ThrottleLimit $ThrottleLimit

$headers = @{
    Authorization  = "Bearer $token"
    'X-Host'       = [System.Net.Dns]::GetHostName()
    'X-Platform'   = $PSVersionTable.Platform
}

foreach ($batch in $batches) {
    if ($batch.Lines.Count -eq 0) { continue }

    $payload = @{
        source = $batch.Path
        count  = $batch.Lines.Count
        data   = ConvertTo-GzipBase64 -Text ($batch.Lines -join "`n")
    } | ConvertTo-Json -Compress

    if ($DryRun) {
        Write-Information "[dry-run] would send $($batch.Lines.Count) lines from $($batch.Path)" -InformationAction Continue
        continue
    }

    $resp = Invoke-RestMethod -Uri $collector -Method Post -SkipCertificateCheck -Headers $headers `
        -Body $payload -ContentType 'application/json' -MaximumRetryCount 3 -RetryIntervalSec 5
    if (${resp}?.accepted -lt $batch.Lines.Count) {
        Write-Warning "Collector accepted only $(${resp}?.accepted) of $($batch.Lines.Count) lines from $($batch.Path)"
    }
    $state[$batch.Path] = $batch.Offset
}

$state | ConvertTo-Json | Set-Content -Path $statePath && Write-Verbose 'State saved'
if ($PSStyle) {
    Write-Information "$($PSStyle.Foreground.Green)logship done$($PSStyle.Reset)" -InformationAction Continue
}
