# Summarises Microsoft 365 license use per department from the exported user list.
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$UserExport,

    [string]$OutFile = '.\license-summary.csv'
)

$users = Import-Csv -Path $UserExport
$summary = $users |
    Group-Object -Property Department |
    ForEach-Object {
        $licensed = @($_.Group | Where-Object { $_.Licenses -ne '' })
        $e5 = @($licensed | Where-Object { $_.Licenses -match 'SPE_E5' })
        [ordered]@{
            Department = if ($_.Name) { $_.Name } else { '(none)' }
            Users      = $_.Count
            Licensed   = $licensed.Count
            E5         = $e5.Count
        }
    } |
    ForEach-Object { [pscustomobject]$_ }

$summary | Sort-Object -Property Licensed -Descending | Export-Csv -Path $OutFile -NoTypeInformation
Write-Verbose "Wrote $(@($summary).Count) departments to $OutFile"
