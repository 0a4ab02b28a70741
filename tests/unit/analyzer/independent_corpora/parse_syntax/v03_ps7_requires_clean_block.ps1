#Requires -Version 7.3
<#
.SYNOPSIS
    Streams log lines into a temporary SQLite-style staging file and always cleans up.
#>
function Import-LogLine {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Line,

        [string]$StagingPath = (Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath 'staging.tsv')
    )

    begin {
        $writer = [System.IO.StreamWriter]::new($StagingPath, $false)
        $count = 0
    }
    process {
        $parts = $Line -split '\s+', 3
        $level = $parts.Count -ge 2 ? $parts[1] : 'INFO'
        $writer.WriteLine(($parts[0], $level, ($parts[2] ?? '')) -join "`t")
        $count++
    }
    end {
        Write-Verbose -Message "Staged $count lines"
        Get-Item -Path $StagingPath
    }
    clean {
        ${writer}?.Dispose()
    }
}

Get-Content -Path ./app.log | Import-LogLine -Verbose:($env:CI -eq 'true') && Write-Output 'staged'
