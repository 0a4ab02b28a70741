# Checks that every domain controller answers ping and LDAP. Works on 5.1 and 7.
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$DomainController
)

foreach ($dc in $DomainController) {
    $pingOk = Test-Connection -ComputerName $dc -Count 2 -Quiet
    $ldap = New-Object -TypeName System.Net.Sockets.TcpClient
    try {
        $ldap.Connect($dc, 389)
        $ldapOk = $ldap.Connected
    }
    catch {
        Write-Verbose "LDAP connect to $dc failed: $($_.Exception.Message)"
        $ldapOk = $false
    }
    finally {
        $ldap.Dispose()
    }
    [pscustomobject]@{ DomainController = $dc; Ping = $pingOk; Ldap = $ldapOk }
}
