function Invoke-ReportExport {
    <#
    .SYNOPSIS
        Downloads the named reports into the archive folder.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$ReportName,

        [string]$Destination = (Join-Path -Path $HOME -ChildPath 'reports')
    )

    begin {
        $tmp = New-TemporaryFile
    }
    process {
        try {
            $response = Invoke-WebRequest -Uri "https://reports.example.com/api/v2/$ReportName" -OutFile $tmp -PassThru -SkipHttpErrorCheck
            if ($response.StatusCode -ne 200) {
                Write-Warning "$ReportName returned $($response.StatusCode)"
                return
            }
            Copy-Item -Path $tmp -Destination (Join-Path -Path $Destination -ChildPath "$ReportName.csv")
        }
        catch {
            Get-Error -Newest 1 | Out-String | Write-Warning
        }
    }
    clean {
        Remove-Item -Path $tmp -ErrorAction Ignore
    }
}

'daily-sales', 'weekly-ops' | Invoke-ReportExport -Verbose
