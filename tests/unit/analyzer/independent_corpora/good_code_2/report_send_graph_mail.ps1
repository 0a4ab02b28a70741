#Requires -Modules Microsoft.Graph.Users.Actions
<#
.SYNOPSIS
    Builds a weekly license report from a CSV export and mails it through Microsoft Graph.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$CsvPath,

    [Parameter(Mandatory)]
    [string]$Sender,

    [Parameter(Mandatory)]
    [string[]]$Recipients
)

$ErrorActionPreference = 'Stop'

$licenses = Import-Csv -Path $CsvPath
$bySku = $licenses |
    Group-Object -Property SkuPartNumber |
    ForEach-Object {
        [pscustomobject]@{
            Sku      = $_.Name
            Assigned = $_.Count
            Disabled = @($_.Group | Where-Object { $_.AccountEnabled -eq 'False' }).Count
        }
    }

$html = $bySku | ConvertTo-Html -Fragment -Property Sku, Assigned, Disabled | Out-String

# App-only auth with a certificate; the thumbprint is configuration, not a secret.
Connect-MgGraph -ClientId $env:GRAPH_CLIENT_ID -TenantId $env:GRAPH_TENANT_ID -CertificateThumbprint $env:GRAPH_CERT_THUMBPRINT -NoWelcome

$toRecipients = foreach ($address in $Recipients) {
    @{ emailAddress = @{ address = $address } }
}

$message = @{
    message = @{
        subject      = "License report $(Get-Date -Format 'yyyy-MM-dd')"
        body         = @{ contentType = 'HTML'; content = "<p>Assigned licences by SKU:</p>$html" }
        toRecipients = @($toRecipients)
    }
    saveToSentItems = $false
}

Send-MgUserMail -UserId $Sender -BodyParameter $message
Disconnect-MgGraph | Out-Null
