<#
.SYNOPSIS
    Assigns a Teams meeting policy to every member of an Entra ID group.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$GroupId,

    [Parameter(Mandatory)]
    [string]$PolicyName
)

Import-Module MicrosoftTeams -ErrorAction Stop
Connect-MicrosoftTeams | Out-Null

$members = Get-MgGroupMember -GroupId $GroupId -All
foreach ($member in $members) {
    $upn = $member.AdditionalProperties['userPrincipalName']
    if ($PSCmdlet.ShouldProcess($upn, "Grant $PolicyName")) {
        try {
            Grant-CsTeamsMeetingPolicy -Identity $upn -PolicyName $PolicyName -ErrorAction Stop
            Write-Verbose "Granted $PolicyName to $upn"
        }
        catch {
            Write-Warning "Failed for ${upn}: $($_.Exception.Message)"
        }
    }
}
