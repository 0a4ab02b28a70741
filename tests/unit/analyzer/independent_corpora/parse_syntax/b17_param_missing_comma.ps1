<#
.SYNOPSIS
    Creates a new project folder from the standard template.
.EXAMPLE
    .\b17_param_missing_comma.ps1 -ProjectName Apollo
#>
param(
    [Parameter(Mandatory)]
    [ValidatePattern('^[A-Za-z][A-Za-z0-9-]+$')]
    [string]$ProjectName
    [string]$TemplatePath = '\\fs01\templates\project'
)

$target = Join-Path -Path 'D:\Projects' -ChildPath $ProjectName
if (Test-Path -Path $target) {
    throw "Project folder $target already exists"
}

Copy-Item -Path $TemplatePath -Destination $target -Recurse
Get-ChildItem -Path $target -Recurse -File | ForEach-Object -Process {
    (Get-Content -Path $_.FullName -Raw).Replace('{{PROJECT}}', $ProjectName) |
        Set-Content -Path $_.FullName -NoNewline
}
Write-Output "Created $target"
