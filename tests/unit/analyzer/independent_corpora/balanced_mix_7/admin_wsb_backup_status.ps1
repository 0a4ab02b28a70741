# Windows Server Backup status summary for the morning report
$policy = Get-WBPolicy
$summary = Get-WBSummary
$lastJob = Get-WBJob -Previous 1

$report = [ordered]@{
    Server          = $env:COMPUTERNAME
    Scheduled       = ($policy.Schedule -join ', ')
    LastSuccess     = $summary.LastSuccessfulBackupTime
    LastResult      = $summary.LastBackupResultHR
    LastJobState    = $lastJob.JobState
    NumberOfVersions = $summary.NumberOfVersions
}

if ($summary.LastSuccessfulBackupTime -lt (Get-Date).AddDays(-1)) {
    Write-EventLog -LogName Application -Source 'BackupCheck' -EventId 4001 -EntryType Warning -Message 'Backup older than 24h'
}
New-Object PSObject -Property $report
