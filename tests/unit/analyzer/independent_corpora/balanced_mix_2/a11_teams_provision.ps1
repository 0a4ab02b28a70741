#Requires -Modules MicrosoftTeams
param(
    [Parameter(Mandatory)] [string]$CsvPath,
    [string]$AdminUser = 'teamsadmin@contoso.onmicrosoft.com',
    [string]$AdminPassword
)

$pw = ConvertTo-SecureString $AdminPassword -AsPlainText -Force
$credential = New-Object PSCredential($AdminUser, $pw)
Connect-MicrosoftTeams -Credential $credential | Out-Null

$teams = Import-Csv $CsvPath
foreach ($t in $teams) {
    $team = New-Team -DisplayName $t.DisplayName -Visibility Private -Owner $t.Owner
    foreach ($ch in ($t.Channels -split ';')) {
        New-TeamChannel -GroupId $team.GroupId -DisplayName $ch.Trim() | Out-Null
    }
    $members = $t.Members -split ';'
    $members | % { Add-TeamUser -GroupId $team.GroupId -User $_ -Role Member }
    echo "Created team $($t.DisplayName) with $($members.Count) members"
}
