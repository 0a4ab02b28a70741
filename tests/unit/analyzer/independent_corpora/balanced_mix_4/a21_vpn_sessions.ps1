# Exports long-running VPN sessions from the RRAS servers for the security team
function Get-VpnSession {
    [CmdletBinding()]
    param(
        [string[]]$Server = @('RRAS01', 'RRAS02'),
        $Credential
    )
    foreach ($s in $Server) {
        Invoke-Command -ComputerName $s -Credential $Credential -ScriptBlock { Get-RemoteAccessConnectionStatistics }
    }
}

$sessions = Get-VpnSession -Credential (Get-Credential)
$input = Read-Host 'Minimum session length in minutes'
$long = $sessions | Where-Object { $_.ConnectionDuration -gt ([int]$input * 60) }
if ($long.Count > 0) {
    $long | Export-Csv -Path C:\Reports\vpn_long.csv -NoTypeInformation
}
