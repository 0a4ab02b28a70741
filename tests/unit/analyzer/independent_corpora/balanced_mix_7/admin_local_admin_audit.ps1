function Get-LocalAdminMember {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$ComputerName
    )
    process {
        try {
            $group = [ADSI]"WinNT://$ComputerName/Administrators,group"
            foreach ($m in $group.Invoke('Members')) {
                [pscustomobject]@{
                    Computer = $ComputerName
                    Member   = $m.GetType().InvokeMember('Name', 'GetProperty', $null, $m, $null)
                }
            }
        }
        catch {
        }
    }
}

Get-Content -Path .\computers.txt | Get-LocalAdminMember | Export-Csv -Path .\local_admins.csv -NoTypeInformation
