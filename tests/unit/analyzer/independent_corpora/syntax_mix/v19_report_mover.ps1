# weekly report mover
$global:ReportRoot = '\\fs01\reports'
$archive = "$global:ReportRoot\archive"

function Move-OldReports {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Source,
        [int]$Weeks = 4
    )
    $limit = (Get-Date).AddDays(-7 * $Weeks)
    foreach ($file in Get-ChildItem -Path $Source -Filter *.xlsx) {
        if ($file.LastWriteTime -lt $limit) {
            try {
                Move-Item -LiteralPath $file.FullName -Destination $archive -ErrorAction Stop
            }
            catch { }
        }
    }
}

$result = Move-OldReports -Source $global:ReportRoot
if ($result -eq $null) {
    Write-Host "nothing returned" -ForegroundColor Yellow
}
