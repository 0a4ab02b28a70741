#Requires -Version 7.3
function Export-AuditLine {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [psobject]$InputObject,
        [Parameter(Mandatory)]
        [string]$Path
    )

    begin {
        $writer = [System.IO.StreamWriter]::new($Path, $true)
    }
    process {
        $line = '{0:o}|{1}|{2}' -f (Get-Date), $InputObject.User, $InputObject.Action
        $writer.WriteLine($line)
    }
    clean {
        if ($writer) {
            $writer.Dispose()
        }
    }
}

Get-Content -Path ./pending-audit.json -Raw |
    ConvertFrom-Json |
    Export-AuditLine -Path ./audit.log
