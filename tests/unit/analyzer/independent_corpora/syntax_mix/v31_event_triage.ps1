param(
    [int]$MaxErrors = 10,
    [switch]$Force = $true
)

$errors = @(Get-WinEvent -LogName Application -MaxEvents 200 -ErrorAction SilentlyContinue |
    Where-Object { $_.LevelDisplayName -eq 'Error' })
$mode = $env:TRIAGE_MODE

if ($errors.Count > $MaxErrors) {
    Write-Warning -Message "too many errors: $($errors.Count)"
}
if ($latest = $errors | Select-Object -First 1) {
    Write-Output "latest: $($latest.TimeCreated)"
}
if ($mode = 'strict') {
    Write-Verbose -Message "mode $mode"
}
if ($mode == 'quiet') {
    return
}
foreach ($input in $errors) {
    if ($Force) { $input.Message.Split("`n")[0] }
}
