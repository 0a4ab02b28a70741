#Requires -Version 7.3
function Export-AuditSnapshot {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$ComputerName,
        [string]$Destination = './snapshots'
    )
    begin {
        $tmp = New-TemporaryFile
    }
    process {
        Get-CimInstance -ClassName Win32_Service -ComputerName $ComputerName |
            Select-Object Name, State, StartMode |
            Export-Csv -Path $tmp -Append
    }
    end {
        Copy-Item -Path $tmp -Destination (Join-Path $Destination "audit-$(Get-Date -Format yyyyMMdd).csv")
    }
    clean {
        Remove-Item -Path $tmp -ErrorAction Ignore
    }
}
