# Clears old files from the build agents' temp folders.
# Runs from the agent maintenance job every night.
param(
    [int]$Days = 7,
    [string[]]$Folders = @("$env:TEMP", 'C:\BuildAgent\_work\_temp')
)

$cutoff = (Get-Date).AddDays(-$Days)
$removed = 0

foreach ($folder in $Folders) {
    if (!(Test-Path $folder)) {
        continue
    }
    $old = gci $folder -Recurse -File | ? { $_.LastWriteTime -lt $cutoff }
    $old | % {
        rm $_.FullName -Force -ErrorAction SilentlyContinue
        $removed++
    }
}

$report = '{0} files removed at {1}' -f $removed, (date)
echo $report
