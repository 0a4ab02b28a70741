function Get-AppSetting {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name,
        [string]$Default
    )
    $config = Get-Content -Path "$PSScriptRoot/appsettings.json" -Raw | ConvertFrom-Json -AsHashtable
    $value = $config[$Name] ?? [Environment]::GetEnvironmentVariable("APP_$Name") ?? $Default
    $value
}

$script:Cache ??= @{}
$timeout = (Get-AppSetting -Name 'TimeoutSeconds' -Default '30') -as [int]
$raw = Get-AppSetting -Name 'Endpoint'
$endpoint = ${raw}?.TrimEnd('/')
$script:Cache['endpoint'] = $endpoint
Write-Verbose "Timeout $timeout s, endpoint $($script:Cache.endpoint)"
