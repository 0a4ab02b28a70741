<#
.SYNOPSIS
    Creates the folder layout for a new PowerShell module project.
.PARAMETER Name
    Module name; letters, digits and dots.
.PARAMETER Path
    Parent folder of the project.
.PARAMETER Template
    Built-in layout to create.
.PARAMETER TemplatePath
    Folder whose sub-folder structure is copied instead of a built-in layout.
#>
function New-ModuleScaffold {
    [CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'BuiltIn')]
    param(
        [Parameter(Mandatory, Position = 0)]
        [ValidatePattern('^[A-Za-z][A-Za-z0-9.]+$')]
        [string]$Name,

        [ValidateNotNullOrEmpty()]
        [string]$Path = (Get-Location).Path,

        [Parameter(ParameterSetName = 'BuiltIn')]
        [ValidateSet('Minimal', 'Full')]
        [string]$Template = 'Minimal',

        [Parameter(Mandatory, ParameterSetName = 'Custom')]
        [ValidateScript({ Test-Path -Path $_ -PathType Container })]
        [string]$TemplatePath
    )

    $root = Join-Path -Path $Path -ChildPath $Name
    if ($PSCmdlet.ParameterSetName -eq 'Custom') {
        $folders = Get-ChildItem -Path $TemplatePath -Directory -Recurse |
            ForEach-Object { $_.FullName.Substring($TemplatePath.Length).TrimStart('\') }
    }
    else {
        $folders = @('src', 'tests')
        if ($Template -eq 'Full') {
            $folders += @('docs', 'build', '.github\workflows')
        }
    }

    foreach ($folder in $folders) {
        $target = Join-Path -Path $root -ChildPath $folder
        if ($PSCmdlet.ShouldProcess($target, 'Create folder')) {
            $null = New-Item -Path $target -ItemType Directory -Force
        }
    }
}

New-ModuleScaffold -Name 'Contoso.Inventory' -Template Full -WhatIf
