# Exports the GPO report for every GPO in the domain.
Import-Module GroupPolicy

$out = 'C:\Reports\GPO'
if (-not (Test-Path $out)) {
    New-Item -Path $out -ItemType Directory | Out-Null
}

foreach ($gpo in Get-GPO -All) {
    $file = Join-Path $out ($gpo.DisplayName -replace '[\\/:*?"<>|]', '_')
    try {
        Get-GPOReport -Guid $gpo.Id -ReportType Html -Path "$file.html"
    }
    Write-Verbose "Exported $($gpo.DisplayName)"
}
