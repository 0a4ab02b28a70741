Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Write-Log {
    <#
    .SYNOPSIS
        Appends a time-stamped line to the job log and mirrors it to the information stream.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Message,

        [ValidateSet('INFO', 'WARN', 'ERROR')]
        [string]$Level = 'INFO',

        [string]$Path = (Join-Path -Path $env:ProgramData -ChildPath 'Contoso\job.log')
    )
    $line = '{0:yyyy-MM-dd HH:mm:ss} [{1}] {2}' -f (Get-Date), $Level, $Message
    Add-Content -Path $Path -Value $line
    Write-Information -MessageData $line -InformationAction Continue
}

$query = @'
SELECT name, state_desc FROM sys.databases WHERE state_desc <> 'ONLINE'
'@
Write-Log -Message "Checking databases with: $query"
switch -Regex (Get-Content -Path (Join-Path -Path $PSScriptRoot -ChildPath 'hosts.txt')) {
    '^\s*#' { continue }
    '^\s*$' { continue }
    default { Write-Log -Message "Host $_" }
}
