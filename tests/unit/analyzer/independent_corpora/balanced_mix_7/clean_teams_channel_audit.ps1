[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$TeamDisplayName
)

$team = Get-Team -DisplayName $TeamDisplayName
if (-not $team) {
    throw "Team '$TeamDisplayName' was not found"
}

$channels = Get-TeamChannel -GroupId $team.GroupId
$report = foreach ($channel in $channels) {
    $users = Get-TeamChannelUser -GroupId $team.GroupId -DisplayName $channel.DisplayName -ErrorAction SilentlyContinue
    [pscustomobject]@{
        Channel        = $channel.DisplayName
        MembershipType = $channel.MembershipType
        Owners         = @($users | Where-Object -Property Role -EQ -Value 'Owner').Count
        Members        = @($users).Count
    }
}

$report | Sort-Object -Property MembershipType, Channel | Format-Table -AutoSize
