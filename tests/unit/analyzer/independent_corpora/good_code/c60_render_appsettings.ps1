<#
.SYNOPSIS
    Renders appsettings.Production.json for the order service from a template and the vault.
.DESCRIPTION
    The template holds __TOKEN__ placeholders; secrets are fetched at deploy time and never
    committed. The rendered file is ACL'd to the service account only.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$OutputPath,

    [string]$VaultName = 'OrderServiceVault',

    [string]$ServiceAccount = 'CONTOSO\svc-orders'
)

$template = @'
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Orders": "Server=sql-orders.contoso.com;Database=Orders;User Id=svc_orders;Password=__DB_PASSWORD__;Encrypt=True"
  },
  "Payments": {
    "ApiKey": "__PAYMENTS_API_KEY__",
    "BaseUrl": "https://payments.contoso.com/v1"
  }
}
'@

$values = @{
    '__DB_PASSWORD__'     = Get-Secret -Vault $VaultName -Name 'OrdersDbPassword' -AsPlainText
    '__PAYMENTS_API_KEY__' = Get-Secret -Vault $VaultName -Name 'PaymentsApiKey' -AsPlainText
}

$rendered = $template
foreach ($token in $values.Keys) {
    $rendered = $rendered.Replace($token, $values[$token])
}

if ($PSCmdlet.ShouldProcess($OutputPath, 'Write rendered settings')) {
    Set-Content -Path $OutputPath -Value $rendered -Encoding UTF8
    $acl = Get-Acl -Path $OutputPath
    $acl.SetAccessRuleProtection($true, $false)
    $rule = New-Object -TypeName System.Security.AccessControl.FileSystemAccessRule -ArgumentList $ServiceAccount, 'Read', 'Allow'
    $acl.AddAccessRule($rule)
    Set-Acl -Path $OutputPath -AclObject $acl
}
