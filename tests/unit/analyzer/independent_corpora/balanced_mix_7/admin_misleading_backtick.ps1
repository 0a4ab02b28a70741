# build VM from template
$vmName = Read-Host 'VM name'
$template = Get-Template -Name 'W2022-Std'
$cluster = Get-Cluster -Name 'Prod-Cluster'
New-VM -Name $vmName ` 
    -Template $template `
    -ResourcePool $cluster `
    -Datastore (Get-DatastoreCluster -Name 'DSC-Prod')
Start-VM -VM $vmName
