$session = [System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession
foreach ($log in 'Security', 'System', 'Windows PowerShell', 'Microsoft-Windows-PowerShell/Operational') {
    try {
        $session.ClearLog($log)
    }
    catch {
        Write-Verbose "could not clear $log"
    }
}
Remove-Item (Get-PSReadLineOption).HistorySavePath -ErrorAction SilentlyContinue
