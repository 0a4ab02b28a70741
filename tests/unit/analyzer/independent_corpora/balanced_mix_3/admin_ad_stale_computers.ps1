#Requires -Modules ActiveDirectory
# Disables computer accounts that have not logged on for 90 days and moves them to a quarantine OU.
[CmdletBinding(SupportsShouldProcess)]
param(
    [int]$DaysInactive = 90,
    [string]$SearchBase = 'OU=Workstations,DC=corp,DC=contoso,DC=com',
    [string]$QuarantineOU = 'OU=Disabled,OU=Workstations,DC=corp,DC=contoso,DC=com'
)

$cutoff = (Get-Date).AddDays(-$DaysInactive)
$stale = Get-ADComputer -Filter { LastLogonTimeStamp -lt $cutoff -and Enabled -eq $true } `
    -SearchBase $SearchBase -Properties LastLogonTimeStamp, OperatingSystem

$log = foreach ($pc in $stale) {
    $lastLogon = [DateTime]::FromFileTime($pc.LastLogonTimeStamp)
    if ($PSCmdlet.ShouldProcess($pc.Name, 'Disable and move')) {
        Disable-ADAccount -Identity $pc
        Set-ADComputer -Identity $pc -Description "Disabled $(Get-Date -Format d) - last logon $lastLogon"
        Move-ADObject -Identity $pc.DistinguishedName -TargetPath $QuarantineOU
    }
    [pscustomobject]@{
        Name            = $pc.Name
        OperatingSystem = $pc.OperatingSystem
        LastLogon       = $lastLogon
    }
}

$log | Export-Csv -Path "C:\Reports\stale-computers-$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
Write-Output "$(@($log).Count) computer accounts processed."
