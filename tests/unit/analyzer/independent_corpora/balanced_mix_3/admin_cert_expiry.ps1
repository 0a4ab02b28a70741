<#
.SYNOPSIS
    Lists machine certificates that expire soon, on this computer and the web farm.
#>
param(
    [int]$Days = 45,
    [string[]]$WebServers = @('web01', 'web02', 'web03')
)

$local = Get-ChildItem -Path Cert:\LocalMachine\My |
    Where-Object { $_.NotAfter -lt (Get-Date).AddDays($Days) -and $_.HasPrivateKey }

$remote = Invoke-Command -ComputerName $WebServers -ScriptBlock {
    Get-ChildItem -Path Cert:\LocalMachine\My |
        Where-Object { $_.NotAfter -lt (Get-Date).AddDays($Days) } |
        Select-Object Subject, Thumbprint, NotAfter
}

$all = @($local | Select-Object Subject, Thumbprint, NotAfter, @{ n = 'PSComputerName'; e = { $env:COMPUTERNAME } }) + @($remote)
$all | Sort-Object NotAfter | Format-Table PSComputerName, Subject, NotAfter -AutoSize
