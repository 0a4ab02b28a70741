#Requires -Modules ActiveDirectory
function Disable-StaleComputer {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [int]$InactiveDays = 60,
        [string]$SearchBase = 'OU=Workstations,DC=corp,DC=contoso,DC=com',
        [string]$QuarantineOU = 'OU=Disabled,DC=corp,DC=contoso,DC=com'
    )

    $cutoff = (Get-Date).AddDays(-$InactiveDays)
    $stale = Get-ADComputer -Filter { LastLogonTimeStamp -lt $cutoff -and Enabled -eq $true } `
        -SearchBase $SearchBase -Properties LastLogonTimeStamp

    foreach ($pc in $stale) {
        if ($PSCmdlet.ShouldProcess($pc.Name, 'Disable and move')) {
            Disable-ADAccount -Identity $pc
            Move-ADObject -Identity $pc -TargetPath $QuarantineOU
            $global:DisabledCount++
        }
    }
}

$global:DisabledCount = 0
Disable-StaleComputer -InactiveDays 90 -WhatIf:$false
Write-Output "Disabled $global:DisabledCount computers"
