# Builds the HTML body for the weekly patch compliance mail.
function New-ComplianceBody {
    param([object[]]$Rows)

    $tableRows = foreach ($r in $Rows) {
        "<tr><td>$($r.Computer)</td><td>$($r.Missing)</td></tr>"
    }
    $html = @"
        <html>
          <body>
            <h2>Patch compliance</h2>
            <table>$($tableRows -join "`n")</table>
          </body>
        </html>
        "@
    return $html
}

$data = Import-Csv -Path 'C:\Reports\patch-status.csv'
New-ComplianceBody -Rows $data | Out-File -FilePath 'C:\Reports\patch-status.html'
