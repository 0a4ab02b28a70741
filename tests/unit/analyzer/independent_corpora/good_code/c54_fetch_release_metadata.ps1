<#
.SYNOPSIS
    Checks GitHub for a newer release of the internal CLI and downloads its archive for review.
.DESCRIPTION
    The archive is downloaded and unpacked into a staging folder only; installation is a
    separate, reviewed step.
#>
[CmdletBinding()]
param(
    [string]$Repository = 'contoso/deploy-cli',
    [Parameter(Mandatory = $true)]
    [version]$InstalledVersion,
    [string]$StagingFolder = 'C:\Staging\deploy-cli'
)

[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
$release = Invoke-RestMethod -Uri "https://api.github.com/repos/$Repository/releases/latest" -Headers @{ 'User-Agent' = 'contoso-updater' }
$latest = [version]($release.tag_name.TrimStart('v'))

if ($latest -le $InstalledVersion) {
    Write-Verbose -Message "Installed version $InstalledVersion is current"
    return
}

$asset = $release.assets | Where-Object -FilterScript { $_.name -like '*windows-amd64.zip' } | Select-Object -First 1
$zipPath = Join-Path -Path $StagingFolder -ChildPath $asset.name
New-Item -Path $StagingFolder -ItemType Directory -Force | Out-Null
Invoke-WebRequest -Uri $asset.browser_download_url -OutFile $zipPath -UseBasicParsing
Expand-Archive -Path $zipPath -DestinationPath (Join-Path -Path $StagingFolder -ChildPath $latest) -Force

[pscustomobject]@{
    Installed = $InstalledVersion
    Available = $latest
    Staged    = $zipPath
    Notes     = $release.html_url
}
