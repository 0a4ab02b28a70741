#Requires -Version 5.1
Set-StrictMode -Version 3.0

$script:CacheRoot = Join-Path -Path $env:LOCALAPPDATA -ChildPath 'OpsTools'

function Get-OpsCachePath {
    <#
    .SYNOPSIS
        Returns the cache folder for a named tool.
    .PARAMETER Name
        The tool name.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)]
        [ValidatePattern('^[\w.-]+$')]
        [string]$Name
    )
    Join-Path -Path $script:CacheRoot -ChildPath $Name
}

function Clear-OpsCache {
    <#
    .SYNOPSIS
        Removes cached files older than a given age.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param(
        [ValidateRange(0, 3650)]
        [int]$OlderThanDays = 14
    )
    $limit = (Get-Date).AddDays(-$OlderThanDays)
    Get-ChildItem -LiteralPath $script:CacheRoot -File -Recurse -ErrorAction SilentlyContinue |
        Where-Object -Property LastWriteTime -LT $limit |
        ForEach-Object -Process {
            if ($PSCmdlet.ShouldProcess($_.FullName, 'Delete cached file')) {
                Remove-Item -LiteralPath $_.FullName -Force
            }
        }
}

function global:Show-OpsBanner {
    Write-Host -Object 'Ops tools loaded' -ForegroundColor Cyan
}

function ConvertTo-OpsKey([string]$Text) {
    $Text.ToLowerInvariant() -replace '[^a-z0-9]+', '-'
}

New-Alias -Name gopc -Value Get-OpsCachePath
Export-ModuleMember -Function Get-OpsCachePath, Clear-OpsCache, ConvertTo-OpsKey -Alias gopc
