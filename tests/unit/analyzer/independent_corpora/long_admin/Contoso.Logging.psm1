# Structured logging helpers shared by the ops scripts. Each entry is one JSON line so the
# log shipper can forward it without parsing.

$script:LogPath = $null
$script:MinimumLevel = 'Info'
$script:Levels = @{ Debug = 0; Info = 1; Warning = 2; Error = 3 }

function Initialize-Log {
    <#
    .SYNOPSIS
        Sets the file that Write-LogEntry appends to, and the minimum level written.
    .PARAMETER Path
        Log file; its folder is created when missing.
    .PARAMETER MinimumLevel
        Entries below this level are dropped.
    .EXAMPLE
        Initialize-Log -Path D:\Logs\nightly.jsonl -MinimumLevel Warning
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path,

        [ValidateSet('Debug', 'Info', 'Warning', 'Error')]
        [string]$MinimumLevel = 'Info'
    )

    $folder = Split-Path -Path $Path -Parent
    if ($folder -and -not (Test-Path -Path $folder)) {
        $null = New-Item -ItemType Directory -Path $folder -Force
    }
    $script:LogPath = $Path
    $script:MinimumLevel = $MinimumLevel
}

function Write-LogEntry {
    <#
    .SYNOPSIS
        Appends one structured entry to the log file.
    .PARAMETER Message
        The text of the entry.
    .PARAMETER Level
        Severity of the entry.
    .PARAMETER Data
        Extra fields written with the entry.
    .EXAMPLE
        Write-LogEntry -Message 'Backup finished' -Data @{ Shares = 12; Failed = 0 }
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Message,

        [ValidateSet('Debug', 'Info', 'Warning', 'Error')]
        [string]$Level = 'Info',

        [hashtable]$Data = @{}
    )

    process {
        if ($script:Levels[$Level] -lt $script:Levels[$script:MinimumLevel]) {
            return
        }
        $entry = [ordered]@{
            time    = (Get-Date).ToUniversalTime().ToString('o')
            level   = $Level
            host    = [System.Environment]::MachineName
            script  = Split-Path -Path $MyInvocation.PSCommandPath -Leaf
            message = $Message
        }
        foreach ($key in $Data.Keys) {
            $entry[$key] = $Data[$key]
        }
        $line = $entry | ConvertTo-Json -Compress
        if ($script:LogPath) {
            Add-Content -Path $script:LogPath -Value $line -Encoding UTF8
        }
        Write-Verbose -Message $line
    }
}

function Get-LogEntry {
    <#
    .SYNOPSIS
        Reads entries back from a log file, optionally filtered by level.
    .PARAMETER Path
        Log file to read; the current log when omitted.
    .PARAMETER Level
        Only entries of this level are returned.
    .EXAMPLE
        Get-LogEntry -Level Error | Select-Object -Last 20
    #>
    [CmdletBinding()]
    param(
        [string]$Path = $script:LogPath,

        [ValidateSet('Debug', 'Info', 'Warning', 'Error')]
        [string]$Level
    )

    Get-Content -Path $Path |
        ForEach-Object { $_ | ConvertFrom-Json } |
        Where-Object { -not $Level -or $_.level -eq $Level }
}

Export-ModuleMember -Function Initialize-Log, Write-LogEntry, Get-LogEntry
