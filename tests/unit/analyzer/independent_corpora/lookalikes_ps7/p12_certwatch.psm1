#Requires -Version 7.0

function Get-ExpiringCertificate {
    <#
    .SYNOPSIS
        Lists certificates in a store that expire within the given number of days.
    .PARAMETER Days
        Look-ahead window in days.
    .PARAMETER StorePath
        Certificate store path, for example Cert:\LocalMachine\My.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [ValidateRange(1, 365)]
        [int]$Days = 30,

        [string]$StorePath = 'Cert:\LocalMachine\My'
    )

    $limit = (Get-Date).AddDays($Days)
    Get-ChildItem -Path $StorePath |
        Where-Object { $_.NotAfter -lt $limit } |
        ForEach-Object {
            [pscustomobject]@{
                Subject  = $_.Subject
                NotAfter = $_.NotAfter
                DaysLeft = [int]($_.NotAfter - (Get-Date)).TotalDays
                Issuer   = $_.Issuer ?? '(unknown)'
            }
        }
}

function ConvertTo-CertificateSummary {
    <#
    .SYNOPSIS
        Turns the output of Get-ExpiringCertificate into one line of text.
    .PARAMETER InputObject
        Objects from Get-ExpiringCertificate.
    #>
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [pscustomobject]$InputObject
    )

    begin { $items = [System.Collections.Generic.List[object]]::new() }
    process { $items.Add($InputObject) }
    end {
        $items.Count -eq 0 ? 'No certificates expire soon.' : ($items | Join-String -Property { "$($_.Subject) ($($_.DaysLeft)d)" } -Separator '; ')
    }
}

Export-ModuleMember -Function Get-ExpiringCertificate, ConvertTo-CertificateSummary
