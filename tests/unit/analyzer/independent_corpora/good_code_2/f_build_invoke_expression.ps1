<#
.SYNOPSIS
    Legacy build wrapper: locates MSBuild with vswhere and builds the installer project.
#>
param(
    [string]$Project = 'src\Setup\Setup.wixproj',
    [string]$Configuration = 'Release'
)

$vswhere = Join-Path -Path ${env:ProgramFiles(x86)} -ChildPath 'Microsoft Visual Studio\Installer\vswhere.exe'
$msbuild = & $vswhere -latest -requires Microsoft.Component.MSBuild -find 'MSBuild\**\Bin\MSBuild.exe' |
    Select-Object -First 1

$command = "& `"$msbuild`" `"$Project`" /p:Configuration=$Configuration /m /nologo /v:minimal"
Write-Verbose $command
Invoke-Expression -Command $command

if ($LASTEXITCODE -ne 0) {
    throw "MSBuild failed with exit code $LASTEXITCODE"
}
Get-ChildItem -Path "src\Setup\bin\$Configuration" -Filter '*.msi'
