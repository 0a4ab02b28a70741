# checks the web bindings for certs expiring in < 30 days
# TODO: move the creds somewhere better
$user = "CONTOSO\svc_certcheck"
$pass = "Spr1ng!Cert"
$secpass = ConvertTo-SecureString $pass -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secpass)

$webservers = @("WEB01", "WEB02", "WEB03")
$soon = @()
foreach ($w in $webservers) {
    $certs = Invoke-Command -ComputerName $w -Credential $cred -ScriptBlock {
        Get-ChildItem Cert:\LocalMachine\My | Where-Object { $_.NotAfter -lt (Get-Date).AddDays(30) }
    }
    foreach ($c in $certs) {
        $soon += "$w  $($c.Subject)  $($c.NotAfter)"
    }
}
if ($soon) { $soon | Out-File C:\Reports\certs.txt }
