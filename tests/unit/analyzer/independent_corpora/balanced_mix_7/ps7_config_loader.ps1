function Get-AppSetting {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path
    )

    $cfg = Get-Content -Path $Path -Raw | ConvertFrom-Json -AsHashtable
    [pscustomobject]@{
        Server   = ${cfg}?.Database?.Server ?? 'localhost'
        Port     = ${cfg}?.Database?.Port ?? 5432
        LogLevel = $cfg.Logging.Level
    }
}

Get-AppSetting -Path "$PSScriptRoot/appsettings.json"
