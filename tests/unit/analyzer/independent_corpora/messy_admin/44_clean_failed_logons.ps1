<#
.SYNOPSIS
    Summarises failed logons from the Security log into a CSV.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 168)]
    [int]$Hours = 24,

    [string]$OutFile = (Join-Path -Path $PSScriptRoot -ChildPath 'failed-logons.csv')
)

$filter = @{
    LogName   = 'Security'
    Id        = 4625
    StartTime = (Get-Date).AddHours(-$Hours)
}

$failures = Get-WinEvent -FilterHashtable $filter -ErrorAction SilentlyContinue |
    ForEach-Object {
        $xml = [xml]$_.ToXml()
        $data = @{}
        foreach ($item in $xml.Event.EventData.Data) {
            $data[$item.Name] = $item.'#text'
        }
        [pscustomobject]@{
            Time      = $_.TimeCreated
            Account   = $data['TargetUserName']
            Source    = $data['IpAddress']
            Workstation = $data['WorkstationName']
        }
    }

$summary = $failures |
    Group-Object -Property Account |
    Sort-Object -Property Count -Descending |
    Select-Object -Property Name, Count, @{ Name = 'Sources'; Expression = { ($_.Group.Source | Sort-Object -Unique) -join ';' } }

$summary | Export-Csv -Path $OutFile -NoTypeInformation
Write-Information -MessageData "Wrote $(@($summary).Count) accounts to $OutFile" -InformationAction Continue
