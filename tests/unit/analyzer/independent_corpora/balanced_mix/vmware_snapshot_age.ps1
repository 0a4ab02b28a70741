param(
    [string]$VCenter = 'vcsa01.corp.contoso.com',
    [string]$User = 'administrator@vsphere.local',
    [string]$Password
)

Import-Module VMware.PowerCLI
Set-PowerCLIConfiguration -InvalidCertificateAction Ignore -Confirm:$false | Out-Null
Connect-VIServer -Server $VCenter -User $User -Password $Password | Out-Null

$report = foreach ($vm in Get-VM) {
    foreach ($snap in Get-Snapshot -VM $vm) {
        [PSCustomObject]@{
            VM      = $vm.Name
            Name    = $snap.Name
            Created = $snap.Created
            SizeGB  = [math]::Round($snap.SizeGB, 2)
            AgeDays = ((Get-Date) - $snap.Created).Days
        }
    }
}
$report | Sort-Object AgeDays -Descending | Format-Table -AutoSize
Disconnect-VIServer -Server $VCenter -Confirm:$false
