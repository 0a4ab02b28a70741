<#
.SYNOPSIS
    Counts ERROR and WARN lines of an application log without loading it into memory.
#>
[CmdletBinding()]
param(
    [string]$Path = 'C:\Logs\app.log'
)

if ($config = Get-Item -Path "$Path.config" -ErrorAction SilentlyContinue) {
    Write-Verbose -Message "Using log settings from $($config.FullName)"
}

$errorCount = 0
$warningCount = 0
$reader = [System.IO.StreamReader]::new($Path)
try {
    while ($line = $reader.ReadLine()) {
        if ($line -match '\bERROR\b') {
            $errorCount++
        }
        elseif ($line -match '\bWARN(ING)?\b') {
            $warningCount++
        }
    }
}
finally {
    $reader.Dispose()
}

[pscustomobject]@{
    Path     = $Path
    Errors   = $errorCount
    Warnings = $warningCount
}
