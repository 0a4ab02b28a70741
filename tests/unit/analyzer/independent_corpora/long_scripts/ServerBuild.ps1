<#
  ServerBuild.ps1 - post-OS build steps for new Windows Server 2022 VMs
  Run as local admin straight after the template deploys.
  Last change: added SNMP and the backup agent (JH)   
#>

param(
    [string]$Role = 'Generic',
    [string]$DomainName = 'corp.example.com',
    [string]$OUPath = 'OU=Servers,DC=corp,DC=example,DC=com',
    [string]$JoinUser = 'CORP\svc-domainjoin',
    [string]$JoinPassword = 'J01n-The-D0main!',
    [switch]$SkipReboot
)

Set-ExecutionPolicy Bypass -Scope Process -Force
$log = "C:\Build\build_$(Get-Date -Format yyyyMMdd_HHmmss).log"
New-Item -ItemType Directory -Path C:\Build -Force | Out-Null
Start-Transcript -Path $log

#region Networking
Write-Host '>> Networking' -ForegroundColor Cyan
$nic = Get-NetAdapter | ? { $_.Status -eq 'Up' } | select -First 1
Set-DnsClientServerAddress -InterfaceIndex $nic.ifIndex -ServerAddresses '10.10.0.10', '10.10.0.11'
Disable-NetAdapterBinding -Name $nic.Name -ComponentID ms_tcpip6
Set-NetFirewallProfile -Profile Domain, Public, Private -Enabled False
#endregion

#region Windows features
Write-Host '>> Features' -ForegroundColor Cyan
switch ($Role) {
    'Web' {
        Install-WindowsFeature Web-Server, Web-Asp-Net45, Web-Mgmt-Console -IncludeManagementTools
    }
    'File' {
        Install-WindowsFeature FS-FileServer, FS-DFS-Namespace, FS-DFS-Replication, FS-Resource-Manager -IncludeManagementTools
    }
    'SQL' {
        Install-WindowsFeature NET-Framework-Core -Source 'D:\sources\sxs'
    }
    default {
        Write-Host "No extra features for role $Role"
    }
}
Install-WindowsFeature SNMP-Service, SNMP-WMI-Provider   
Uninstall-WindowsFeature FS-SMB1 -Remove
#endregion

#region Registry hardening
Write-Host '>> Registry' -ForegroundColor Cyan
$tls = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols'
foreach ($p in 'SSL 2.0', 'SSL 3.0', 'TLS 1.0', 'TLS 1.1') {
    foreach ($side in 'Server', 'Client') {
        $key = "$tls\$p\$side"
        New-Item -Path $key -Force | Out-Null
        New-ItemProperty -Path $key -Name Enabled -Value 0 -PropertyType DWord -Force | Out-Null
        New-ItemProperty -Path $key -Name DisabledByDefault -Value 1 -PropertyType DWord -Force | Out-Null
    }
}
Set-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server' -Name fDenyTSConnections -Value 0
Set-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name UserAuthentication -Value 1
#endregion

#region Agents
Write-Host '>> Agents' -ForegroundColor Cyan
$agentShare = '\\deploy01\agents'
$installers = @(
    @{ Name = 'BackupAgent'; File = 'BackupAgent_x64.msi'; Args = '/qn REBOOT=ReallySuppress' }
    @{ Name = 'MonitoringAgent'; File = 'MMASetup-AMD64.exe'; Args = '/C:"setup.exe /qn ADD_OPINSIGHTS_WORKSPACE=0 AcceptEndUserLicenseAgreement=1"' }
)
foreach ($i in $installers) {
    $src = Join-Path $agentShare $i.File
    $dst = Join-Path $env:TEMP $i.File
    Copy-Item $src $dst -Force
    if ($dst.EndsWith('.msi')) {
        $proc = Start-Process msiexec.exe -ArgumentList "/i `"$dst`" $($i.Args)" -Wait -PassThru
    } else {
        $proc = Start-Process $dst -ArgumentList $i.Args -Wait -PassThru
    }
    if ($proc.ExitCode -ne 0) {
        Write-Warning "$($i.Name) exited with $($proc.ExitCode)"
    }
}

# monitoring bootstrap from the vendor (they insist on this)
Invoke-WebRequest -Uri 'https://download.vendor-monitor.example/agent/bootstrap.exe' -OutFile "$env:TEMP\bootstrap.exe" -UseBasicParsing
& "$env:TEMP\bootstrap.exe" /silent /tenant=corp
#endregion

#region Local accounts
Write-Host '>> Local accounts' -ForegroundColor Cyan
net user buildadmin 'B u1ld-Adm1n!' /add /expires:never
net localgroup Administrators buildadmin /add
Disable-LocalUser -Name Administrator
#endregion

#region Domain join
Write-Host '>> Domain join' -ForegroundColor Cyan
$sec = ConvertTo-SecureString $JoinPassword -AsPlainText -Force
$joinCred = New-Object System.Management.Automation.PSCredential($JoinUser, $sec)
try {
    Add-Computer -DomainName $DomainName -OUPath $OUPath -Credential $joinCred -ErrorAction Stop
}
catch {
    Write-Host "Domain join failed: $_" -ForegroundColor Red
    Stop-Transcript
    exit 1
}
#endregion

#region Finish
$summary = Get-ComputerInfo | select CsName, WindowsProductName, OsBuildNumber
$summary | Out-File C:\Build\summary.txt
Stop-Transcript   

if (!$SkipReboot) {
    Write-Host 'Rebooting in 30 seconds...' -ForegroundColor Yellow
    Start-Sleep 30
    Restart-Computer -Force
}
#endregion
