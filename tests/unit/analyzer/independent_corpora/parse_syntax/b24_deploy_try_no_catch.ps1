# Pushes the release bundle to the app server and restarts the site.
$user = 'CORP\svc_deploy'
$password = 'Winter2024!'
$secure = ConvertTo-SecureString -String $password -AsPlainText -Force
$cred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $user, $secure

$session = New-PSSession -ComputerName 'app01.corp.example.com' -Credential $cred
try {
    Copy-Item -Path '.\bundle.zip' -Destination 'D:\Deploy\' -ToSession $session
    Invoke-Command -Session $session -ScriptBlock {
        Expand-Archive -Path 'D:\Deploy\bundle.zip' -DestinationPath 'D:\Sites\Shop' -Force
        Restart-WebAppPool -Name 'Shop'
    }
}
Remove-PSSession -Session $session
