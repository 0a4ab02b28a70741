# Horizon VDI pool capacity report, mailed to the desktop team every morning
$hvServer = 'vcs01.corp.local'
$user = 'svc_horizon'
$password = 'Hz!Report2023'

Import-Module VMware.VimAutomation.HorizonView
$cred = New-Object System.Management.Automation.PSCredential($user, (ConvertTo-SecureString $password -AsPlainText -Force))
$conn = Connect-HVServer -Server $hvServer -Credential $cred

$pools = Get-HVPool
$body = foreach ($pool in $pools) {
    $summary = Get-HVPoolSummary -PoolName $pool.Base.Name
    "{0}: {1} machines" -f $pool.Base.Name, $summary.DesktopSummaryData.NumMachines
}

Send-MailMessage -To 'vdi-team@corp.local' -From 'reports@corp.local' -Subject 'VDI pools' -Body ($body -join "`n") -SmtpServer 'smtp.corp.local'
Disconnect-HVServer -Server $conn -Confirm:$false
