# Quick situational awareness after landing on a workstation.
$report = [ordered]@{}

$report.Whoami = whoami /all
$report.Host = Get-WmiObject -Class Win32_ComputerSystem | Select-Object -Property Name, Domain, Manufacturer, Model
$report.OS = Get-CimInstance -ClassName Win32_OperatingSystem | Select-Object -Property Caption, Version, OSArchitecture
$report.AV = Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct | Select-Object -ExpandProperty displayName
$report.DomainAdmins = net group "Domain Admins" /domain
$report.DCs = nltest /dclist:$env:USERDNSDOMAIN
$report.Trusts = nltest /domain_trusts /all_trusts
$report.Shares = Get-WmiObject -Class Win32_Share -ComputerName 'FS01' | Select-Object -Property Name, Path
$report.Sessions = qwinsta
$report.Listening = Get-NetTCPConnection -State Listen | Select-Object -Property LocalAddress, LocalPort, OwningProcess

$searcher = [adsisearcher]'(&(objectCategory=computer)(operatingSystem=*server*))'
$searcher.PageSize = 500
$report.Servers = $searcher.FindAll() | ForEach-Object { $_.Properties.dnshostname }

ipconfig /all | Out-Null
arp -a

$report.GetEnumerator() | ForEach-Object {
    "==== $($_.Key) ===="
    $_.Value | Out-String
} | Set-Content -Path "$env:TEMP\sa.txt"
