<#
.SYNOPSIS
    Lists certificates in the local machine store that expire soon.
.PARAMETER Days
    Window in days; certificates expiring within it are returned.
.PARAMETER StoreName
    Certificate store under Cert:\LocalMachine to check.
.EXAMPLE
    .\Get-CertificateExpiry.ps1 -Days 30 | Export-Csv -Path .\expiring.csv -NoTypeInformation
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 365)]
    [int]$Days = 45,

    [ValidateSet('My', 'WebHosting', 'Root')]
    [string]$StoreName = 'My'
)

$limit = (Get-Date).AddDays($Days)
$storePath = "Cert:\LocalMachine\$StoreName"
Write-Verbose -Message "Checking $storePath for certificates expiring before $limit"

$expiring = Get-ChildItem -Path $storePath |
    Where-Object { $_.NotAfter -le $limit -and -not $_.Archived } |
    Sort-Object -Property NotAfter

if ($null -eq $expiring) {
    Write-Information -MessageData 'No certificates expire in the window.' -InformationAction Continue
    return
}

foreach ($cert in $expiring) {
    [pscustomobject]@{
        Subject    = $cert.Subject
        Thumbprint = $cert.Thumbprint
        NotAfter   = $cert.NotAfter
        DaysLeft   = [int]($cert.NotAfter - (Get-Date)).TotalDays
    }
}
