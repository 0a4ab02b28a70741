# helper to write a timestamped line to the deployment log
function {
    param([string]$Message)
    Add-Content -Path "$env:TEMP\deploy.log" -Value ('{0:s} {1}' -f (Get-Date), $Message)
}

$steps = 'stop-site', 'copy-files', 'start-site'
foreach ($step in $steps) {
    Write-Output "running $step"
}
