#Requires -Version 5.1
# Archive helpers built on System.IO.Compression.
#Requires -Modules @{ ModuleName = 'Microsoft.PowerShell.Archive'; ModuleVersion = '1.0.0' }

<#
.SYNOPSIS
    Help placed immediately before the function.
#>
function Get-ArchiveEntry {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = [System.IO.Compression.ZipFile]::OpenRead($Path)
    try {
        $zip.Entries | Select-Object -Property FullName, Length, LastWriteTime
    }
    finally {
        $zip.Dispose()
    }
}

function Test-ArchiveEntry {
    <#
    .SYNOPSIS
        Help as the first thing inside the body.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory)][string]$Path,
        [Parameter(Mandatory)][string]$EntryName
    )
    [bool](Get-ArchiveEntry -Path $Path | Where-Object -Property FullName -EQ $EntryName)
}

function Expand-ArchiveEntry {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Path,
        [Parameter(Mandatory)][string]$EntryName,
        [string]$Destination = (Get-Location).Path
    )
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = [System.IO.Compression.ZipFile]::OpenRead($Path)
    try {
        $entry = $zip.GetEntry($EntryName)
        $target = Join-Path -Path $Destination -ChildPath $entry.Name
        [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, $target, $true)
        Get-Item -LiteralPath $target
    }
    finally {
        $zip.Dispose()
    }

    <#
    .SYNOPSIS
        Help as the last thing inside the body.
    .PARAMETER EntryName
        Name of the entry inside the archive.
    #>
}

# A plain comment is not help.
function Get-ArchiveSize {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    (Get-ArchiveEntry -Path $Path | Measure-Object -Property Length -Sum).Sum
}

Export-ModuleMember -Function Get-ArchiveEntry, Test-ArchiveEntry, Expand-ArchiveEntry, Get-ArchiveSize
