# Builds the weekly VMware snapshot report and drops it on the ops share.
Import-Module VMware.VimAutomation.Core

$vcenter = "vcsa01.corp.contoso.com"
Connect-VIServer -Server $vcenter | Out-Null

$report = New-Object System.Collections.Hashtable
$old = Get-VM | Get-Snapshot | Where-Object { $_.Created -lt (Get-Date).AddDays(-7) }
foreach ($snap in $old) {
    $report[$snap.VM.Name] = "{0} ({1:N1} GB, {2:d})" -f $snap.Name, $snap.SizeGB, $snap.Created 
}

$orphans = Get-VM | Where-Object { $_.ExtensionData.Config.Annotation -eq $null }
$summary = $report.GetEnumerator() | Sort-Object Name |
    Select-Object @{ n = "VM"; e = { $_.Name } }, @{ n = "Snapshot"; e = { $_.Value } }

$summary | Export-Csv -Path \\ops01\reports\snapshots.csv -NoTypeInformation
$orphans | Select-Object Name, PowerState |	
    Export-Csv -Path \\ops01\reports\no-owner.csv -NoTypeInformation

Send-MailMessage -To "vmware-team@contoso.com" -From "reports@contoso.com" ` 
    -Subject "Snapshots older than 7 days: $($report.Count)" -SmtpServer smtp.contoso.com
Disconnect-VIServer -Server $vcenter -Confirm:$false
