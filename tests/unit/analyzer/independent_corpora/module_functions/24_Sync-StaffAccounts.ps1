param(
    [string]$CsvPath = '\\fs01\hr\exports\staff.csv',
    [string]$TargetOU = 'OU=Staff,DC=corp,DC=contoso,DC=com'
)

function Write-SyncLog {
    param(
        [string]$Action,
        [string]$Account,
        [string]$Detail
    )

    $entry = '{0:u} {1,-8} {2} {3}' -f (Get-Date), $Action, $Account, $Detail
    Add-Content -Path "$PSScriptRoot\sync.log" -Value $entry
}

Import-Module -Name ActiveDirectory
$staff = Import-Csv -Path $CsvPath
$existing = Get-ADUser -Filter * -SearchBase $TargetOU -Properties EmployeeID, Title
$byId = @{}
foreach ($u in $existing) {
    $byId[$u.EmployeeID] = $u
}

foreach ($row in $staff) {
    $account = $byId[$row.EmployeeID]
    if ($account -eq $null) {
        New-ADUser -Name $row.DisplayName -SamAccountName $row.Sam -Path $TargetOU -EmployeeID $row.EmployeeID
        Write-SyncLog 'Created' $row.Sam $TargetOU
        continue
    }
    if ($account.Title -ne $row.Title) {
        Set-ADUser -Identity $account -Title $row.Title
        Write-SyncLog -Action 'Updated' -Account $account.SamAccountName -Detail $row.Title
    }
}

$leavers = $existing | Where-Object { $staff.EmployeeID -notcontains $_.EmployeeID }
foreach ($leaver in $leavers) {
    Disable-ADAccount -Identity $leaver
    Move-ADObject -Identity $leaver.DistinguishedName -TargetPath 'OU=Leavers,DC=corp,DC=contoso,DC=com'
    Write-SyncLog -Action 'Disabled' -Account $leaver.SamAccountName -Detail 'moved to Leavers'
}
