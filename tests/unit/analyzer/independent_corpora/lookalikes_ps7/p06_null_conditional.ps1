#Requires -Modules Microsoft.Graph.Users
param(
    [Parameter(Mandatory)]
    [string]$UserPrincipalName
)

$user = Get-MgUser -UserId $UserPrincipalName -Property DisplayName, Department, Manager -ExpandProperty Manager -ErrorAction SilentlyContinue
$licenses = Get-MgUserLicenseDetail -UserId $UserPrincipalName -ErrorAction SilentlyContinue

[PSCustomObject]@{
    User       = $UserPrincipalName
    Name       = ${user}?.DisplayName ?? '(not found)'
    Department = ${user}?.Department
    Manager    = ${user}?.Manager?.AdditionalProperties?['displayName']
    FirstSku   = ${licenses}?[0]?.SkuPartNumber
    SkuCount   = @($licenses).Count
}
