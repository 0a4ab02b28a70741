[CmdletBinding()]
param(
    [ValidateRange(1, 365)]
    [int]$WarningDays = 30,
    [string[]]$StorePath = @('Cert:\LocalMachine\My', 'Cert:\LocalMachine\WebHosting')
)

$limit = (Get-Date).AddDays($WarningDays)
$expiring = foreach ($store in $StorePath) {
    if (-not (Test-Path -Path $store)) {
        Write-Verbose "Store $store does not exist"
        continue
    }
    Get-ChildItem -Path $store |
        Where-Object { $_.NotAfter -lt $limit } |
        Select-Object -Property Subject, Thumbprint, NotAfter, @{ Name = 'Store'; Expression = { $store } }
}

if ($expiring) {
    $expiring | Sort-Object -Property NotAfter
}
else {
    Write-Output "No certificate expires within $WarningDays days."
}
