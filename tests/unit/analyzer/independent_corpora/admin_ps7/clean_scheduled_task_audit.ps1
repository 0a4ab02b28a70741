<#
.SYNOPSIS
    Lists non-Microsoft scheduled tasks with their run-as account and last result.
.DESCRIPTION
    Used by the server hardening review to spot tasks running as personal accounts.
#>
[CmdletBinding()]
param(
    [string]$ExcludePath = '\Microsoft\*'
)

$tasks = Get-ScheduledTask | Where-Object { $_.TaskPath -notlike $ExcludePath }

$report = foreach ($task in $tasks) {
    $info = $task | Get-ScheduledTaskInfo
    [pscustomobject]@{
        Name        = $task.TaskName
        Path        = $task.TaskPath
        RunAs       = $task.Principal.UserId
        LogonType   = $task.Principal.LogonType
        State       = $task.State
        LastRun     = $info.LastRunTime
        LastResult  = '0x{0:X8}' -f $info.LastTaskResult
        NextRun     = $info.NextRunTime
    }
}

$personal = $report | Where-Object { $_.RunAs -and $_.RunAs -notmatch '^(SYSTEM|LOCAL SERVICE|NETWORK SERVICE|S-1-5-18)$' }
if ($personal) {
    Write-Warning ('{0} task(s) run as a named account' -f @($personal).Count)
}

$report | Sort-Object -Property Path, Name
