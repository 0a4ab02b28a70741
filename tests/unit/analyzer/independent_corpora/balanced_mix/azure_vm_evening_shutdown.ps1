# Stops non-production VMs in the evening; runs from an Automation hybrid worker
param(
    [string]$SubscriptionId = '0b3c9f1e-5a7d-4c2e-8f6b-9d1a2e3c4b5f',
    [string]$TagName = 'AutoShutdown'
)

$appId = $env:AZ_APP_ID
$secret = ConvertTo-SecureString $env:AZ_APP_SECRET -AsPlainText -Force
$cred = [pscredential]::new($appId, $secret)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $env:AZ_TENANT_ID | Out-Null
Set-AzContext -Subscription $SubscriptionId | Out-Null

$vms = Get-AzVM -Status | Where-Object { $_.Tags[$TagName] -eq 'true' -and $_.PowerState -eq 'VM running' }
foreach ($vm in $vms) {
    Write-Output "Stopping $($vm.Name) in $($vm.ResourceGroupName)"
    Stop-AzVM -Name $vm.Name -ResourceGroupName $vm.ResourceGroupName -Force -NoWait | Out-Null
}
