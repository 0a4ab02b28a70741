<#
.SYNOPSIS
    Compares the A records the applications expect with what DNS returns.
#>
[CmdletBinding()]
param(
    [string]$ExpectedCsv = (Join-Path -Path $PSScriptRoot -ChildPath 'expected-records.csv'),
    [string]$DnsServer = '10.0.0.53'
)

$expected = Import-Csv -Path $ExpectedCsv
$mismatches = foreach ($row in $expected) {
    $answer = Resolve-DnsName -Name $row.HostName -Type A -Server $DnsServer -DnsOnly -ErrorAction SilentlyContinue
    $actual = @($answer | Where-Object { $_.Type -eq 'A' } | ForEach-Object { $_.IPAddress } | Sort-Object)
    $wanted = @($row.Addresses -split ';') | Sort-Object
    if (Compare-Object -ReferenceObject $wanted -DifferenceObject $actual) {
        [pscustomobject]@{
            HostName = $row.HostName
            Expected = $wanted -join ', '
            Actual   = if ($actual) { $actual -join ', ' } else { '(none)' }
        }
    }
}

if ($mismatches) {
    $mismatches | Format-Table -AutoSize | Out-String | Write-Warning
}
else {
    Write-Output "All $(@($expected).Count) records match."
}
