$targets = 'github.com', 'login.microsoftonline.com', 'registry.npmjs.org'
$report = foreach ($t in $targets) {
    $ping = Test-Connection -TargetName $t -Count 2 -TimeoutSeconds 2 -ErrorAction SilentlyContinue
    $tcp = Test-Connection -TargetName $t -TcpPort 443 -Quiet
    [pscustomobject]@{
        Target  = $t
        Latency = ($ping | Measure-Object -Property Latency -Average).Average
        Https   = $tcp
    }
}
$report | Format-Table -AutoSize

$cred = Get-Credential -Message 'Proxy account'
$proxyInfo = Invoke-RestMethod -Uri 'http://proxy.corp.contoso.com:8080/status' -Credential $cred -AllowUnencryptedAuthentication
Write-Output "Proxy: $($proxyInfo.state)"
$ip = (Invoke-RestMethod -Uri 'https://api.ipify.org?format=json').ip
Write-Output "Public IP: $ip"
