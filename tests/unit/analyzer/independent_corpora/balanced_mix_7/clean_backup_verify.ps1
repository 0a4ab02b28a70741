function Test-BackupFreshness {
    <#
    .SYNOPSIS
        Returns $true when the newest file in a backup folder is younger than the allowed age.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory)]
        [string]$Path,

        [ValidateRange(1, 168)]
        [int]$MaxAgeHours = 26
    )

    $newest = Get-ChildItem -Path $Path -File -Recurse -ErrorAction Stop |
        Sort-Object -Property LastWriteTime -Descending |
        Select-Object -First 1

    if ($null -eq $newest) {
        return $false
    }
    return ($newest.LastWriteTime -gt (Get-Date).AddHours(-$MaxAgeHours))
}

$targets = Import-Csv -Path (Join-Path -Path $PSScriptRoot -ChildPath 'backup_targets.csv')
foreach ($target in $targets) {
    $fresh = Test-BackupFreshness -Path $target.Path -MaxAgeHours $target.MaxAgeHours
    [pscustomobject]@{ Name = $target.Name; Fresh = $fresh }
}
