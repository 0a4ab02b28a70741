<#
.SYNOPSIS
    Rotates SQL backup files on the backup share, keeping the newest N per database.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$SharePath,

    [ValidateRange(1, 60)]
    [int]$Keep = 7,

    [switch]$IncludeLogs = $true
)

$ErrorActionPreference = 'Stop'
$patterns = @('*.bak')
if ($IncludeLogs) { $patterns += '*.trn' }

$files = gci -Path $SharePath -Include $patterns -Recurse -File
$groups = $files | group { $_.Directory.Name }

foreach ($group in $groups) {
    $old = $group.Group | sort LastWriteTime -Descending | select -Skip $Keep
    foreach ($file in $old) {
        if ($PSCmdlet.ShouldProcess($file.FullName, 'Delete backup')) {
            try {
                Remove-Item -LiteralPath $file.FullName -Force
            }
            catch {
            }
        }
    }
}

$summary = $groups | % { '{0}: {1} file(s)' -f $_.Name, $_.Count }
$summary | Out-File -FilePath (Join-Path $SharePath 'rotation.log') -Append
