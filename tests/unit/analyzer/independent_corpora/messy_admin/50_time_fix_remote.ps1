# fix time sync on the hypervisors - the quoting through invoke-command was a nightmare
# so the command is base64'd (Restart-Service W32Time + w32tm /resync)
$hosts = "HV01", "HV02", "HV03"
$enc = "UgBlAHMAdABhAHIAdAAtAFMAZQByAHYAaQBjAGUAIAAtAE4AYQBtAGUAIABXADMAMgBUAGkAbQBlACAALQBGAG8AcgBjAGUAOwAgAHcAMwAyAHQAbQAgAC8AcgBlAHMAeQBuAGMAIAAvAGYAbwByAGMAZQA="

foreach ($h in $hosts) {
    Invoke-Command -ComputerName $h -ScriptBlock {
        param($e)
        powershell.exe -NoProfile -EncodedCommand $e
    } -ArgumentList $enc
}
w32tm /query /status
