<#
.SYNOPSIS
    Shows the first bytes of a file to identify its type (Format-Hex exists since 5.0).
#>
param(
    [Parameter(Mandatory)]
    [string]$Path,
    [int]$Count = 16
)

$stream = [System.IO.File]::OpenRead((Resolve-Path -Path $Path).Path)
try {
    $buffer = New-Object -TypeName byte[] -ArgumentList $Count
    $read = $stream.Read($buffer, 0, $Count)
}
finally {
    $stream.Close()
}

$signature = ($buffer[0..($read - 1)] | ForEach-Object { $_.ToString('X2') }) -join ' '
Write-Output "Signature: $signature"
Format-Hex -Path $Path | Select-Object -First 2
