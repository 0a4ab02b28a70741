<#
.SYNOPSIS
    Copies a user's home folder to the archive share when they leave.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$SamAccountName,

    [string]$ArchiveRoot = '\\fs02\Archive\Home',

    [string]$SamAccountName
)

$source = "\\fs01\Home$\$SamAccountName"
$target = Join-Path -Path $ArchiveRoot -ChildPath $SamAccountName
robocopy.exe $source $target /MIR /COPY:DAT /R:1 /W:1 /NP
