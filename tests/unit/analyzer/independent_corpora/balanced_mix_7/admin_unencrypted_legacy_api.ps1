# PowerShell 7: talks to the old HTTP-only facilities API
$cred = Get-Credential -Message 'Facilities API account'
$rooms = Invoke-RestMethod -Uri 'http://facilities.corp.local/api/rooms' -Credential $cred -Authentication Basic -AllowUnencryptedAuthentication

foreach ($room in $rooms) {
    if ($room.Capacity = 0) {
        Write-Warning "$($room.Name) has no capacity set"
    }
}
$rooms | Export-Csv -Path .\rooms.csv -NoTypeInformation
