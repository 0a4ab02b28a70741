<#
.SYNOPSIS
    Tests the firewall port matrix for a new application environment.
.EXAMPLE
    .\c44_port_matrix.ps1 -MatrixPath .\ports.csv | Where-Object -Property Open -EQ $false
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [Parameter(Mandatory = $true)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$MatrixPath
)

$matrix = Import-Csv -Path $MatrixPath
foreach ($entry in $matrix) {
    $test = Test-NetConnection -ComputerName $entry.Target -Port ([int]$entry.Port) -WarningAction SilentlyContinue
    [pscustomobject]@{
        Target        = $entry.Target
        Port          = $entry.Port
        Purpose       = $entry.Purpose
        Open          = $test.TcpTestSucceeded
        RemoteAddress = $test.RemoteAddress
    }
}
