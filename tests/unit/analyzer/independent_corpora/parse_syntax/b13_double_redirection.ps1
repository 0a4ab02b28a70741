# Nightly robocopy mirror of the project share; keeps a log per run.
$source = '\\fs01\projects'
$target = '\\fs02\projects-mirror'
$logDir = 'C:\ScriptLogs\mirror'
$log = Join-Path -Path $logDir -ChildPath ("mirror-{0:yyyyMMdd}.log" -f (Get-Date))

robocopy.exe $source $target /MIR /R:2 /W:5 /NP > $log >> "$logDir\all-runs.log"

if ($LASTEXITCODE -ge 8) {
    Write-Error -Message "robocopy failed with exit code $LASTEXITCODE, see $log"
    exit 1
}
