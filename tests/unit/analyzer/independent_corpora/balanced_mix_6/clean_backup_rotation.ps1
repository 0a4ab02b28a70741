<#
.SYNOPSIS
    Keeps the newest N SQL backup files per database and deletes the rest.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$BackupPath,

    [ValidateRange(1, 100)]
    [int]$Keep = 7
)

$groups = Get-ChildItem -Path $BackupPath -Filter '*.bak' -File |
    Group-Object -Property { ($_.BaseName -split '_')[0] }

foreach ($group in $groups) {
    $expired = $group.Group | Sort-Object -Property LastWriteTime -Descending | Select-Object -Skip $Keep
    foreach ($file in $expired) {
        if ($PSCmdlet.ShouldProcess($file.FullName, 'Delete backup')) {
            Remove-Item -LiteralPath $file.FullName
        }
    }
    Write-Verbose -Message ("{0}: kept {1}, removed {2}" -f $group.Name, ($group.Count - @($expired).Count), @($expired).Count)
}
