#Requires -RunAsAdministrator
[CmdletBinding(SupportsShouldProcess)]
param()

$smb1 = Get-WindowsOptionalFeature -Online -FeatureName SMB1Protocol
if ($smb1.State -eq 'Enabled') {
    if ($PSCmdlet.ShouldProcess($env:COMPUTERNAME, 'Disable SMB1 protocol')) {
        Disable-WindowsOptionalFeature -Online -FeatureName SMB1Protocol -NoRestart | Out-Null
        Set-SmbServerConfiguration -EnableSMB1Protocol $false -Force
        Write-Warning 'SMB1 disabled; a restart is required.'
    }
}
else {
    Write-Verbose 'SMB1 is already disabled.'
}

$clients = Get-SmbSession | Where-Object { $_.Dialect -lt 2 }
if ($clients) {
    $clients | Select-Object -Property ClientComputerName, ClientUserName, Dialect
}
