#Requires -Version 7.3
function Measure-LogLevel {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Line
    )

    begin {
        $counts = @{ ERROR = 0; WARN = 0; INFO = 0 }
    }
    process {
        $level = ($Line -split '\|')[1]?.Trim()
        if ($level -and $counts.ContainsKey($level)) {
            $counts[$level]++
        }
    }
    end {
        [pscustomobject]$counts
    }
    end {
        Write-Verbose 'Finished counting'
    }
}

Get-Content -Path ./service.log | Measure-LogLevel
