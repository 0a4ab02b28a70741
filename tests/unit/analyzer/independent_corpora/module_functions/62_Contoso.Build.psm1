function Start-DotnetBuild {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Project,

        [ValidateSet('Debug', 'Release')]
        [string]$Configuration = 'Release',

        [string]$ExtraArguments
    )

    process {
        $cmd = "dotnet build `"$Project`" -c $Configuration $ExtraArguments"
        Write-Host "> $cmd" -ForegroundColor DarkGray
        Invoke-Expression $cmd
        if ($LASTEXITCODE -ne 0) {
            throw "Build failed for $Project"
        }
    }
}

function Get-BuildWarnings {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$LogPath
    )

    try {
        Select-String -Path $LogPath -Pattern 'warning [A-Z]+\d+' |
            ForEach-Object { $_.Matches[0].Value } |
            Group-Object |
            Sort-Object -Property Count -Descending
    }
    catch { }
}

function Remove-BuildOutput {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [string]$Root = '.'
    )

    foreach ($dir in 'bin', 'obj') {
        Get-ChildItem -Path $Root -Directory -Recurse -Filter $dir | Remove-Item -Recurse -Force
    }
}

Export-ModuleMember -Function Start-DotnetBuild, Get-BuildWarnings, Remove-BuildOutput
