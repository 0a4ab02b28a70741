<#
.SYNOPSIS
    Invoke-Build script for the Inventory module.
#>
param(
    [ValidateSet('Debug', 'Release')]
    [string]$Configuration = 'Release',

    [string]$OutputRoot = (Join-Path -Path $BuildRoot -ChildPath 'output')
)

$ModuleName = 'Inventory'

task Clean {
    remove $OutputRoot
}

task Build Clean, {
    $target = Join-Path -Path $OutputRoot -ChildPath $ModuleName
    $null = New-Item -Path $target -ItemType Directory -Force
    Copy-Item -Path "$BuildRoot/src/*" -Destination $target -Recurse
    $manifest = Join-Path -Path $target -ChildPath "$ModuleName.psd1"
    Update-ModuleManifest -Path $manifest -Prerelease ($Configuration -eq 'Debug' ? 'dev' : '')
}

task Test Build, {
    $result = Invoke-Pester -Path "$BuildRoot/tests" -PassThru -Output Detailed
    assert ($result.FailedCount -eq 0) "$($result.FailedCount) test(s) failed."
}

task . Test
