# Disables user accounts listed in the HR leavers file.
Import-Module -Name ActiveDirectory

$leavers = Import-Csv -Path '\\hr01\exports\leavers.csv'
$disabled = 0

foreach ($row in $leavers) {
    $user = Get-ADUser -Filter "EmployeeID -eq '$($row.EmployeeId)'" -ErrorAction SilentlyContinue
    if ($null -eq $user) {
        Write-Warning -Message "No account for employee $($row.EmployeeId)"
        continue
    }
    Disable-ADAccount -Identity $user
    $disabled++
    Write-Verbose -Message "Disabled $($user.SamAccountName)
}

Write-Output ('Disabled {0} of {1} accounts' -f $disabled, $leavers.Count)
