# ConfigMgr script detection method: any STDOUT with exit code 0 means "installed".
# Nothing may be written to STDOUT when the application is missing.
$exePath = Join-Path -Path $env:ProgramFiles -ChildPath 'Fabrikam\Viewer\FabViewer.exe'
$minimum = [version]'11.0.3'

if (Test-Path -Path $exePath -PathType Leaf) {
    $fileVersion = [version](Get-Item -Path $exePath).VersionInfo.FileVersion
    $configFile = Join-Path -Path $env:ProgramData -ChildPath 'Fabrikam\Viewer\site.config'
    if ($fileVersion -ge $minimum -and (Test-Path -Path $configFile)) {
        Write-Output 'Installed'
    }
}
