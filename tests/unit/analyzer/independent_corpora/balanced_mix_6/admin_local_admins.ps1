param(
    [string[]]$Computers = (Get-Content -Path .\servers.txt)
)

$results = foreach ($computer in $Computers) {
    try {
        $group = [ADSI]"WinNT://$computer/Administrators,group"
        $members = @($group.Invoke('Members')) | ForEach-Object {
            $_.GetType().InvokeMember('AdsPath', 'GetProperty', $null, $_, $null)
        }
        foreach ($member in $members) {
            [pscustomobject]@{ Computer = $computer; Member = $member -replace '^WinNT://', '' }
        }
    }
    catch {
    }
}

$results | Export-Csv -Path .\local-admins.csv -NoTypeInformation
$results | Group-Object -Property Member | Where-Object Count -gt 10 | Select-Object -Property Name, Count
