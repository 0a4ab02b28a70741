# Old reporting helper: serialises the nightly job results for the dashboard.
# Still called from a PowerShell 7 scheduled task since the server migration.
Add-Type -AssemblyName System.Web.Extensions

function ConvertTo-DashboardJson {
    param(
        [Parameter(Mandatory)]
        [object[]]$Result
    )
    $serializer = New-Object -TypeName System.Web.Script.Serialization.JavaScriptSerializer
    $serializer.MaxJsonLength = 10MB
    $serializer.Serialize($Result)
}

$results = Import-Csv -Path 'D:\jobs\nightly-results.csv'
ConvertTo-DashboardJson -Result $results | Out-File -FilePath 'D:\dashboard\nightly.json' -Encoding utf8
