<#
.SYNOPSIS
    Pushes the web build to the farm (quick and dirty version from the migration weekend).
#>
$deployUser = 'CONTOSO\svc_deploy'
$deployPassword = 'Spring2024!Deploy'
$secure = ConvertTo-SecureString $deployPassword -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($deployUser, $secure)

$dbCred = New-Object PSCredential('sa', (ConvertTo-SecureString 'Sql$erver#1' -AsPlainText -Force))

$nodes = 'web01', 'web02', 'web03'
foreach ($node in $nodes) {
    $session = New-PSSession -ComputerName $node -Credential $cred
    Copy-Item -Path '.\build\*' -Destination 'C:\inetpub\wwwroot\shop' -ToSession $session -Recurse -Force
    Invoke-Command -Session $session -ScriptBlock {
        param($DbCredential)
        Import-Module WebAdministration
        Restart-WebAppPool -Name 'ShopPool'
        $DbCredential.UserName
    } -ArgumentList $dbCred
    Remove-PSSession $session
}

$smtp = New-Object Net.Mail.SmtpClient('smtp.contoso.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = New-Object Net.NetworkCredential('deploy-notify@contoso.com', 'N0tify!2024')
$smtp.Send('deploy-notify@contoso.com', 'webteam@contoso.com', 'Deploy finished', "Build deployed to $($nodes -join ', ')")
