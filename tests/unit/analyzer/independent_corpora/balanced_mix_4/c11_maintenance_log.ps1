<#
.SYNOPSIS
    Small logging helper dot-sourced by the scheduled maintenance scripts.
#>
function Write-MaintenanceLog {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)]
        [string]$Message,

        [ValidateSet('Info', 'Warning', 'Error')]
        [string]$Level = 'Info',

        [string]$Path = (Join-Path -Path $env:ProgramData -ChildPath 'Contoso\Logs\maintenance.log')
    )

    $folder = Split-Path -Path $Path -Parent
    if (-not (Test-Path -Path $folder)) {
        $null = New-Item -Path $folder -ItemType Directory -Force
    }

    $line = '{0:yyyy-MM-dd HH:mm:ss} [{1}] {2}' -f (Get-Date), $Level.ToUpper(), $Message
    Add-Content -Path $Path -Value $line -Encoding UTF8

    switch ($Level) {
        'Warning' { Write-Warning -Message $Message }
        'Error' { Write-Error -Message $Message }
        default { Write-Verbose -Message $Message }
    }
}
