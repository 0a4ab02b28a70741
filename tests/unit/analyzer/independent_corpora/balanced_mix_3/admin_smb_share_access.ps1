# Removes 'Everyone' from file share permissions on this file server.
function Remove-OldShareAccess {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [string]$ShareName,
        [string]$Account = 'Everyone',
        [switch]$WhatIf
    )
    $access = Get-SmbShareAccess -Name $ShareName | Where-Object AccountName -eq $Account
    if ($access) {
        if ($WhatIf) {
            Write-Output "Would revoke $Account on $ShareName"
        } else {
            Revoke-SmbShareAccess -Name $ShareName -AccountName $Account -Force | Out-Null
        }
    }
}

$shares = Get-SmbShare | Where-Object { -not $_.Special }
$shares.Name | Remove-OldShareAccess -Account 'Everyone'

$report = Get-SmbShare | select Name, Path, Description
$report | Export-Csv C:\temp\shares.csv -NoTypeInformation
