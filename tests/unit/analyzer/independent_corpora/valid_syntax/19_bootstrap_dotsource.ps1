using module .\Modules\Inventory.psm1
using namespace System.IO

<#
.SYNOPSIS
    Bootstraps the inventory job: loads helpers, then runs each collector.
#>
[CmdletBinding()]
param(
    [string]$ConfigFile = "$PSScriptRoot\config\inventory.psd1"
)

. $PSScriptRoot\lib\Logging.ps1
. "$PSScriptRoot\lib\Http Helpers.ps1"
. (Join-Path -Path $PSScriptRoot -ChildPath 'lib\Retry.ps1')

$config = Import-PowerShellDataFile -Path $ConfigFile
$collectors = Get-ChildItem -Path $PSScriptRoot\collectors\*.ps1 | Sort-Object -Property Name

foreach ($collector in $collectors) {
    $started = [Diagnostics.Stopwatch]::StartNew()
    $data = & $collector.FullName -Settings $config[$collector.BaseName]
    $file = [Path]::ChangeExtension($collector.Name, '.json')
    $data | ConvertTo-Json -Depth 5 | Set-Content -Path (Join-Path -Path $config.OutputRoot -ChildPath $file)
    Write-Verbose -Message ('{0,-30} {1,6:N0} ms' -f $collector.BaseName, $started.Elapsed.TotalMilliseconds)
}

& "$PSScriptRoot\tools\publish.ps1" -Source $config.OutputRoot
& ..\shared\notify.ps1 -Channel ops
exit $LASTEXITCODE
