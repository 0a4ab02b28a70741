function Cleanup-TempFiles {
    param([string]$Root = $env:TEMP)
    Get-ChildItem -Path $Root -File -Recurse -ErrorAction SilentlyContinue |
        Where-Object LastAccessTime -lt (Get-Date).AddDays(-14) |
        Remove-Item -Force -ErrorAction SilentlyContinue
}

function Set-ServiceStartup {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string[]]$Name,
        [ValidateSet('Automatic', 'Manual', 'Disabled')]
        [string]$StartupType = 'Manual'
    )
    process {
        foreach ($n in $Name) {
            Set-Service -Name $n -StartupType $StartupType
        }
    }
}

Cleanup-TempFiles
'Spooler', 'Fax' | ForEach-Object { [pscustomobject]@{ Name = $_ } } | Set-ServiceStartup -StartupType Disabled
