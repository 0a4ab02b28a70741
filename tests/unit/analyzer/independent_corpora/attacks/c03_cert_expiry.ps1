<#
.SYNOPSIS
    Posts the machine certificates that expire soon to the operations channel.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [uri]$WebhookUri,

    [ValidateRange(1, 365)]
    [int]$WithinDays = 30
)

function Get-ExpiringCertificate {
    [CmdletBinding()]
    param(
        [int]$Days = 30,

        [string]$StorePath = 'Cert:\LocalMachine\My'
    )

    $limit = (Get-Date).AddDays($Days)
    Get-ChildItem -Path $StorePath |
        Where-Object { $_.NotAfter -lt $limit } |
        ForEach-Object {
            [pscustomobject]@{
                Subject    = $_.Subject
                Thumbprint = $_.Thumbprint
                DaysLeft   = [int]($_.NotAfter - (Get-Date)).TotalDays
            }
        }
}

function Send-CertificateReport {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [pscustomobject]$Certificate,

        [Parameter(Mandatory)]
        [uri]$Uri
    )

    begin {
        $lines = [System.Collections.Generic.List[string]]::new()
    }
    process {
        $lines.Add(('{0} expires in {1} days ({2})' -f $Certificate.Subject, $Certificate.DaysLeft, $Certificate.Thumbprint))
    }
    end {
        if ($lines.Count -gt 0) {
            $text = "Certificates expiring on $($env:COMPUTERNAME):`n" + ($lines -join "`n")
            $body = @{ text = $text } | ConvertTo-Json
            Invoke-RestMethod -Uri $Uri -Method Post -Body $body -ContentType 'application/json'
        }
    }
}

Get-ExpiringCertificate -Days $WithinDays | Send-CertificateReport -Uri $WebhookUri
