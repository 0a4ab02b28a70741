[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Publish')]
    [string[]]$Task = @('Build', 'Test'),

    [string]$Configuration = 'Release',

    [string]$NuGetApiKey
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$out = Join-Path -Path $root -ChildPath 'out'
$moduleName = 'Contoso.Tools'
$version = (Import-PowerShellDataFile -Path "$root\src\$moduleName.psd1").ModuleVersion

function Invoke-BuildStep {
    param(
        [string]$Name,
        [scriptblock]$Action
    )

    Write-Host "==> $Name" -ForegroundColor Magenta
    $sw = [Diagnostics.Stopwatch]::StartNew()
    & $Action
    Write-Verbose "$Name finished in $($sw.Elapsed.TotalSeconds)s"
}

if ('Build' -in $Task) {
    Invoke-BuildStep -Name 'Build' -Action {
        if (Test-Path $out) {
            Remove-Item $out -Recurse -Force
        }
        New-Item -Path "$out\$moduleName\$version" -ItemType Directory | Out-Null
        Copy-Item -Path "$root\src\*" -Destination "$out\$moduleName\$version" -Recurse
    }
}

if ('Test' -in $Task) {
    Invoke-BuildStep -Name 'Test' -Action {
        $result = Invoke-Pester -Path "$root\tests" -PassThru
        if ($result.FailedCount -gt 0) {
            throw "$($result.FailedCount) test(s) failed"
        }
    }
}

if ('Publish' -in $Task) {
    Invoke-BuildStep -Name 'Publish' -Action {
        Publish-Module -Path "$out\$moduleName\$version" -NuGetApiKey $NuGetApiKey -Repository PSGallery
    }
}
