<#
.SYNOPSIS
    Lists certificates in the machine store that expire within a window.
.DESCRIPTION
    Read-only: nothing is changed. Output is one object per certificate so it can be
    piped to Export-Csv or ConvertTo-Html.
.PARAMETER Days
    How far ahead to look.
.PARAMETER StoreName
    Which LocalMachine store to read.
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [ValidateRange(1, 3650)]
    [int]$Days = 30,

    [ValidateSet('My', 'WebHosting', 'Root', 'CA')]
    [string]$StoreName = 'My'
)

$horizon = (Get-Date).AddDays($Days)
$storePath = "Cert:\LocalMachine\$StoreName"

Get-ChildItem -Path $storePath |
    Where-Object -FilterScript { $_.NotAfter -le $horizon -and -not $_.Archived } |
    Sort-Object -Property NotAfter |
    ForEach-Object -Process {
        $san = $_.Extensions |
            Where-Object -FilterScript { $_.Oid.FriendlyName -eq 'Subject Alternative Name' } |
            ForEach-Object -Process { $_.Format($false) }

        [pscustomobject]@{
            Subject    = $_.Subject
            Thumbprint = $_.Thumbprint
            NotAfter   = $_.NotAfter
            DaysLeft   = [int][math]::Floor(($_.NotAfter - (Get-Date)).TotalDays)
            SAN        = $san -join '; '
            HasKey     = $_.HasPrivateKey
        }
    }
