#Requires -Version 7.0
# Get-Error output is easier to paste into tickets than the raw ErrorRecord
try {
    Get-Item -Path ./does-not-exist.txt -ErrorAction Stop
}
catch {
    $details = Get-Error -Newest 1
    $details | Out-File -FilePath ./last-error.txt
}
$failed = $Error.Count
$summary = $failed -gt 0 ? "$failed errors in session" : 'no errors'
Write-Output $summary
