<#
.SYNOPSIS
    Rotates SQL backup files: keeps dailies for a week and the first of each month for a year.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [ValidateScript({ Test-Path -LiteralPath $_ })]
    [string]$BackupRoot = 'E:\SQLBackup',

    [ValidateRange(1, 31)]
    [int]$DailyDays = 7,

    [ValidateRange(1, 36)]
    [int]$MonthlyMonths = 12
)

$now = Get-Date
$files = Get-ChildItem -Path $BackupRoot\*\*.bak, $BackupRoot\*\*.trn -File
$groups = $files | Group-Object -Property { $_.Directory.Name }

foreach ($group in $groups) {
    $keep = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
    $sorted = $group.Group | Sort-Object -Property LastWriteTime -Descending

    $sorted.Where({ $_.LastWriteTime -gt $now.AddDays(-$DailyDays) }).ForEach({ [void]$keep.Add($_.FullName) })

    $sorted |
        Where-Object -FilterScript { $_.LastWriteTime -gt $now.AddMonths(-$MonthlyMonths) } |
        Group-Object -Property { $_.LastWriteTime.ToString('yyyy-MM') } |
        ForEach-Object -Process { [void]$keep.Add(($_.Group | Sort-Object -Property LastWriteTime)[0].FullName) }

    $remove = $sorted.Where{ -not $keep.Contains($_.FullName) }
    $freed = ($remove | Measure-Object -Property Length -Sum).Sum
    foreach ($file in $remove) {
        if ($PSCmdlet.ShouldProcess($file.FullName, 'Delete backup')) {
            Remove-Item -LiteralPath $file.FullName -Force
        }
    }
    Write-Verbose -Message ('{0,-20} kept {1,4} removed {2,4} freed {3,10:N0} MB' -f $group.Name, $keep.Count, $remove.Count, ($freed / 1MB))
}
