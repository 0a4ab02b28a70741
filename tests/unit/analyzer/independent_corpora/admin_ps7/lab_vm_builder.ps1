# Spins up a throw-away lab VM on the Hyper-V test host and joins it to the lab domain.
$labHost = 'HVLAB01'
$domainAdmin = 'LAB\Administrator'
$password = 'L@bPassw0rd2023!'

$secure = ConvertTo-SecureString -String $password -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($domainAdmin, $secure)

$vmName = 'LAB-' + (Get-Random -Minimum 1000 -Maximum 9999)
New-VM -ComputerName $labHost -Name $vmName -MemoryStartupBytes 4GB -Generation 2 -SwitchName 'LabSwitch' |
    Out-Null
Start-VM -ComputerName $labHost -Name $vmName

Invoke-Command -VMName $vmName -Credential $cred -ScriptBlock {
    Add-Computer -DomainName 'lab.contoso.local' -Credential $using:cred -Restart
}

[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }
$wc = New-Object System.Net.WebClient
$wc.Credentials = $cred.GetNetworkCredential()
$wc.UploadString('https://labinventory.lab.contoso.local/api/vms', "name=$vmName")
