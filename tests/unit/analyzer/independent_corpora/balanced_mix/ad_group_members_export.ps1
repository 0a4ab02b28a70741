function Get-NestedGroupMembers {
    param(
        [Parameter(Mandatory)]
        [string]$Group
    )
    try {
        Get-ADGroupMember -Identity $Group -Recursive |
            Where-Object objectClass -eq 'user' |
            Get-ADUser -Properties Mail, Department |
            Select-Object SamAccountName, Name, Mail, Department
    }
    catch {
    }
}

$groups = 'GG-Finance-RW', 'GG-Payroll-RO', 'Domain Admins'
$all = foreach ($g in $groups) {
    Get-NestedGroupMembers -Group $g | Add-Member -NotePropertyName Group -NotePropertyValue $g -PassThru
}
$all | Export-Csv -Path "$env:TEMP\group-members.csv" -NoTypeInformation
Invoke-Item -Path "$env:TEMP\group-members.csv"
