Set-StrictMode -Version Latest

$script:LogPath = Join-Path -Path $env:TEMP -ChildPath 'ops.log'
$global:OpsLogLevel = 'Info'

function Write-LogEntry {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Message,

        [ValidateSet('Info', 'Warning', 'Error')]
        [string]$Level = 'Info'
    )

    process {
        $stamp = Get-Date -Format 'yyyy-MM-dd HH:mm:ss'
        $line = '{0} [{1}] {2}' -f $stamp, $Level, $Message
        Add-Content -Path $script:LogPath -Value $line
        if ($global:OpsLogLevel -eq 'Verbose') {
            Write-Host $line -ForegroundColor Cyan
        }
    }
}

function Get-LogEntries {
    [CmdletBinding()]
    param(
        [int]$Last = 20
    )

    if (-not (Test-Path -Path $script:LogPath)) {
        return
    }
    Get-Content -Path $script:LogPath -Tail $Last
}

<#
.SYNOPSIS
    Truncates the module's log file.
#>
function Clear-LogFile {
    [CmdletBinding(SupportsShouldProcess)]
    param()

    if ($PSCmdlet.ShouldProcess($script:LogPath, 'Truncate log')) {
        Set-Content -Path $script:LogPath -Value ''
    }
}

function Format-LogLine {
    param([string]$Text)
    $Text.Trim()
}

Export-ModuleMember -Function Write-LogEntry, Get-LogEntries, Clear-LogFile
