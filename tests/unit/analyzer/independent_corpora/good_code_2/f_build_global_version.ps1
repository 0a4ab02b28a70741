<#
.SYNOPSIS
    Computes the build version from the latest tag and stamps it into the assembly info.
#>
[CmdletBinding()]
param(
    [string]$AssemblyInfo = 'src\Common\SharedAssemblyInfo.cs'
)

$ErrorActionPreference = 'Stop'

$tag = (& git describe --tags --abbrev=0 2>$null)
if (-not $tag) { $tag = 'v0.1.0' }
$commits = [int](& git rev-list --count "$tag..HEAD")
$global:BuildVersion = '{0}.{1}' -f $tag.TrimStart('v'), $commits

(Get-Content -Path $AssemblyInfo -Raw) -replace 'AssemblyFileVersion\("[^"]*"\)', "AssemblyFileVersion(`"$global:BuildVersion`")" |
    Set-Content -Path $AssemblyInfo -Encoding UTF8 -NoNewline

Write-Output "##vso[build.updatebuildnumber]$global:BuildVersion"
