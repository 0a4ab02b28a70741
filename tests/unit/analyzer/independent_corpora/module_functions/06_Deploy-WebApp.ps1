[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory)]
    [string]$SiteName,

    [Parameter(Mandatory)]
    [string]$PackagePath = '.\drop\site.zip',

    [ValidateSet('staging', 'production')]
    [string]$Environment = 'staging',

    [switch]$SkipBackup = $true
)

$ErrorActionPreference = 'Stop'
$sitePath = Join-Path -Path 'D:\inetpub' -ChildPath $SiteName
$backupRoot = 'D:\backup'
$timestamp = Get-Date -Format 'yyyyMMdd-HHmmss'

if (-not $SkipBackup) {
    $backupFile = Join-Path -Path $backupRoot -ChildPath "$SiteName-$timestamp.zip"
    Compress-Archive -Path "$sitePath\*" -DestinationPath $backupFile
}

if ($PSCmdlet.ShouldProcess($sitePath, "Deploy $PackagePath")) {
    Expand-Archive -Path $PackagePath -DestinationPath $sitePath -Force
    $configFile = Join-Path -Path $sitePath -ChildPath "web.$Environment.config"
    if (Test-Path -Path $configFile) {
        Copy-Item -Path $configFile -Destination (Join-Path -Path $sitePath -ChildPath 'web.config') -Force
    }
    try {
        Restart-Service -Name 'W3SVC'
    }
    catch {
    }
}

$postDeploy = Join-Path -Path $sitePath -ChildPath 'postdeploy.ps1'
if (Test-Path -Path $postDeploy) {
    $command = "& '$postDeploy' -Environment $Environment"
    Invoke-Expression $command
}
