<#
.SYNOPSIS
    Tags incoming process objects with a localized severity label.
.EXAMPLE
    Get-Process | .\09_localized_filter_pipeline.ps1 -Threshold 200MB
#>
[CmdletBinding()]
param(
    [Parameter(ValueFromPipeline)]
    [System.Diagnostics.Process]$InputProcess,

    [long]$Threshold = 500MB
)

begin {
    $messages = data {
        ConvertFrom-StringData -StringData @'
High = Heavy memory user
Normal = Normal
'@
    }

    filter Select-Heavy {
        if ($_.WorkingSet64 -ge $Threshold) { $_ }
    }

    $seen = 0
}

process {
    $seen++
    $InputProcess | Select-Heavy | ForEach-Object -Process {
        [pscustomobject]@{
            Name  = $_.ProcessName
            Id    = $_.Id
            MB    = [math]::Round($_.WorkingSet64 / 1MB)
            Label = $messages.High
        }
    }
}

end {
    Write-Verbose -Message "Inspected $seen processes; default label '$($messages.Normal)'"
}
