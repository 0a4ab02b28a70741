<#
.SYNOPSIS
    Keeps the newest N SQL backup files per database and removes the rest.
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$BackupRoot,

    [ValidateRange(1, 365)]
    [int]$Keep = 7
)

$groups = Get-ChildItem -Path $BackupRoot -Filter '*.bak' -File -Recurse |
    Group-Object -Property { $_.Directory.Name }

foreach ($group in $groups) {
    $expired = $group.Group |
        Sort-Object -Property LastWriteTime -Descending |
        Select-Object -Skip $Keep

    foreach ($file in $expired) {
        if ($PSCmdlet.ShouldProcess($file.FullName, 'Remove expired backup')) {
            Remove-Item -LiteralPath $file.FullName -Force
            Write-Verbose "Removed $($file.Name) from $($group.Name)"
        }
    }
}
