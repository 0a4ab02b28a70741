function Get-AdminMember {
    param([string]$Group = 'Domain Admins')

    $members = @(
        Get-ADGroupMember -Identity $Group -Recursive |
            Where-Object objectClass -eq 'user' |
            Select-Object -ExpandProperty SamAccountName

    $members | Sort-Object
}

Get-AdminMember | Set-Content -Path .\admins.txt
