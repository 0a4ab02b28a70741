#Requires -Modules GroupPolicy
[CmdletBinding()]
param(
    [string]$ReportFolder = 'C:\Reports\GPO'
)

if (-not (Test-Path -Path $ReportFolder)) {
    New-Item -Path $ReportFolder -ItemType Directory | Out-Null
}

$gpos = Get-GPO -All | Sort-Object DisplayName
$unlinked = [System.Collections.Generic.List[object]]::new()

foreach ($gpo in $gpos) {
    [xml]$xml = Get-GPOReport -Guid $gpo.Id -ReportType Xml
    if (-not $xml.GPO.LinksTo) {
        $unlinked.Add($gpo)
    }
    $file = Join-Path -Path $ReportFolder -ChildPath ("{0}.html" -f $gpo.DisplayName)
    Get-GPOReport -Guid $gpo.Id -ReportType Html -Path $file
}

Write-Verbose ("{0} GPOs, {1} not linked" -f $gpos.Count, $unlinked.Count)
$unlinked | Select-Object DisplayName, CreationTime, ModificationTime |
    Export-Csv -Path (Join-Path -Path $ReportFolder -ChildPath 'unlinked.csv') -NoTypeInformation
