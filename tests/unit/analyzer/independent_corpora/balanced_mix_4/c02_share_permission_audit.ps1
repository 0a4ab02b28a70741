<#
.SYNOPSIS
    Exports the share permissions of a file server to CSV.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$ComputerName,

    [string]$OutputPath = (Join-Path -Path $PWD -ChildPath 'share-permissions.csv')
)

$session = New-CimSession -ComputerName $ComputerName
try {
    $shares = Get-SmbShare -CimSession $session | Where-Object { -not $_.Special }
    $rows = foreach ($share in $shares) {
        $access = Get-SmbShareAccess -CimSession $session -Name $share.Name
        foreach ($entry in $access) {
            [PSCustomObject]@{
                Share   = $share.Name
                Path    = $share.Path
                Account = $entry.AccountName
                Right   = $entry.AccessRight
                Type    = $entry.AccessControlType
            }
        }
    }
    $rows | Export-Csv -Path $OutputPath -NoTypeInformation -Encoding UTF8
    Write-Verbose "Wrote $(@($rows).Count) rows to $OutputPath"
}
finally {
    Remove-CimSession -CimSession $session
}
