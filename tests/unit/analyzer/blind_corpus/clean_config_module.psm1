$script:ConfigCache = @{}

function Get-AppSetting {
    <#
    .SYNOPSIS
        Reads one setting from the application's JSON configuration.
    .PARAMETER Name
        The setting's name.
    .PARAMETER Path
        The configuration file.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name,

        [Parameter(Mandatory)]
        [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
        [string]$Path
    )

    if (-not $script:ConfigCache.ContainsKey($Path)) {
        $script:ConfigCache[$Path] = Get-Content -Path $Path -Raw | ConvertFrom-Json
    }
    $script:ConfigCache[$Path].$Name
}

function Clear-AppSettingCache {
    <#
    .SYNOPSIS
        Forgets every configuration file read so far.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param()

    if ($PSCmdlet.ShouldProcess('configuration cache', 'Clear')) {
        $script:ConfigCache.Clear()
    }
}

Export-ModuleMember -Function Get-AppSetting, Clear-AppSettingCache
