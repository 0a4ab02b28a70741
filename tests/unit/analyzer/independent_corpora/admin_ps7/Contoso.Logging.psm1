Set-StrictMode -Version Latest

$global:ContosoLogPath = Join-Path -Path $env:TEMP -ChildPath 'contoso.log'
$script:LogLevel = 'Info'

<#
.SYNOPSIS
    Writes a timestamped entry to the Contoso log file.
.PARAMETER Message
    Text of the entry.
.PARAMETER Level
    Severity of the entry.
#>
function Write-ContosoLog {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Message,

        [ValidateSet('Debug', 'Info', 'Warning', 'Error')]
        [string]$Level = 'Info'
    )
    process {
        $entry = '{0:yyyy-MM-dd HH:mm:ss} [{1}] {2}' -f (Get-Date), $Level.ToUpper(), $Message
        Add-Content -Path $global:ContosoLogPath -Value $entry
    }
}

function Set-ContosoLogLevel {
    param(
        [ValidateSet('Debug', 'Info', 'Warning', 'Error')]
        [string]$Level
    )
    $script:LogLevel = $Level
}

function Get-ContosoLogTail {
    [CmdletBinding()]
    param(
        [int]$Lines = 50
    )
    Get-Content -Path $global:ContosoLogPath -Tail $Lines
}

function ConvertTo-LogLine($Record) {
    '{0} {1}' -f $Record.Time, $Record.Text
}

Export-ModuleMember -Function Write-ContosoLog, Set-ContosoLogLevel, Get-ContosoLogTail
