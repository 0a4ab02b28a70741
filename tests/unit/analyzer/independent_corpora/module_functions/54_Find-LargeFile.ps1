<#
.SYNOPSIS
    Lists the largest files under a folder tree.
.PARAMETER Path
    Root folder to scan.
.PARAMETER Top
    Number of files to return.
.PARAMETER MinimumSizeMB
    Files smaller than this are ignored.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$Path,

    [ValidateRange(1, 1000)]
    [int]$Top = 25,

    [ValidateRange(0, [int]::MaxValue)]
    [int]$MinimumSizeMB = 100
)

$threshold = $MinimumSizeMB * 1MB
$scanned = 0

Get-ChildItem -Path $Path -File -Recurse -ErrorAction SilentlyContinue |
    ForEach-Object -Begin {
        Write-Verbose -Message "Scanning $Path"
    } -Process {
        $scanned++
        if ($scanned % 500 -eq 0) {
            Write-Progress -Activity 'Scanning files' -Status "$scanned files" -CurrentOperation $_.DirectoryName
        }
        if ($_.Length -ge $threshold) {
            $_
        }
    } -End {
        Write-Progress -Activity 'Scanning files' -Completed
    } |
    Sort-Object -Property Length -Descending |
    Select-Object -First $Top -Property FullName, @{ Name = 'SizeMB'; Expression = { [math]::Round($_.Length / 1MB, 1) } }, LastWriteTime
