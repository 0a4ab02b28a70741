<#
.SYNOPSIS
    Lists machine certificates that expire within the given number of days.
.EXAMPLE
    .\c03_cert_expiry_local.ps1 -Days 30 | Format-Table
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 3650)]
    [int]$Days = 60,

    [string[]]$Store = @('My', 'WebHosting')
)

$limit = (Get-Date).AddDays($Days)

foreach ($name in $Store) {
    $path = Join-Path -Path 'Cert:\LocalMachine' -ChildPath $name
    if (-not (Test-Path -Path $path)) {
        Write-Verbose "Store $name not present"
        continue
    }

    Get-ChildItem -Path $path |
        Where-Object { $_.NotAfter -le $limit } |
        Sort-Object -Property NotAfter |
        Select-Object -Property @{ Name = 'Store'; Expression = { $name } }, Subject, Thumbprint, NotAfter
}
