$script:SettingsFile = Join-Path -Path $env:ProgramData -ChildPath 'Contoso\App\settings.json'

<#
.SYNOPSIS
    Reads every application setting.
#>
function Get-AppSettings {
    [CmdletBinding()]
    param()

    if (-not (Test-Path -Path $script:SettingsFile)) {
        return [pscustomobject]@{}
    }
    Get-Content -Path $script:SettingsFile -Raw | ConvertFrom-Json
}

<#
.SYNOPSIS
    Changes one application setting.
#>
function Set-AppSetting {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$Name,

        [Parameter(Mandatory)]
        [AllowEmptyString()]
        [string]$Value
    )

    $settings = Get-AppSettings
    $settings | Add-Member -NotePropertyName $Name -NotePropertyValue $Value -Force
    if ($PSCmdlet.ShouldProcess($script:SettingsFile, "Set $Name")) {
        $settings | ConvertTo-Json -Depth 5 | Set-Content -Path $script:SettingsFile -Encoding UTF8
    }
}

<#
.SYNOPSIS
    Returns the tenant block of the settings.
#>
function Get-TenantData {
    [CmdletBinding()]
    param()

    (Get-AppSettings).Tenant
}

<#
.SYNOPSIS
    Deletes cached sessions older than the given age.
#>
function Remove-StaleSessions {
    [CmdletBinding()]
    param(
        [timespan]$MaxAge = (New-TimeSpan -Days 1)
    )

    $cache = Join-Path -Path (Split-Path -Path $script:SettingsFile) -ChildPath 'sessions'
    Get-ChildItem -Path $cache -File |
        Where-Object { $_.LastWriteTime -lt (Get-Date).Add(-$MaxAge) } |
        Remove-Item
}

Export-ModuleMember -Function Get-AppSettings, Set-AppSetting, Get-TenantData, Remove-StaleSessions
