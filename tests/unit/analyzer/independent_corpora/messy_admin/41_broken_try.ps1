# rotate the app's API log and restart the service
$svcName = "ContosoApi"
$log = "C:\ContosoApi\logs\api.log"

Stop-Service $svcName
try {
    Rename-Item $log ("api_{0:yyyyMMdd_HHmm}.log" -f (Get-Date))
}
Start-Service $svcName

if ((Get-Service $svcName).Status -ne 'Running') {
    Write-Error "$svcName did not come back"
}
