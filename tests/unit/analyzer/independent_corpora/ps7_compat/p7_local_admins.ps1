#Requires -Version 7.0
# Audits local Administrators membership; the JSON goes to the SIEM collector.
param(
    [string]$OutPath = './local-admins.json'
)

if (-not $IsWindows) {
    Write-Warning 'Local group audit only runs on Windows.'
    return
}

$members = Get-LocalGroupMember -Group 'Administrators' | ForEach-Object {
    [ordered]@{
        Name   = $_.Name
        Type   = $_.ObjectClass
        Source = $_.PrincipalSource.ToString()
    }
}

$byType = $members | Group-Object -Property { $_.Type } -CaseSensitive -NoElement
$byType | Format-Table -Property Count, Name

$members | ConvertTo-Json -AsArray | Out-File -FilePath $OutPath
