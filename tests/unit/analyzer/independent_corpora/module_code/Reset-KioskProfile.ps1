#Requires -RunAsAdministrator
[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '', Justification = 'Interactive console tool')]
param(
    [Parameter(Mandatory)]
    [string]$KioskUser
)

function Remove-KioskCache {
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseShouldProcessForStateChangingFunctions', '')]
    param([string]$ProfilePath)

    $targets = 'AppData\Local\Temp', 'AppData\Local\Microsoft\Edge\User Data\Default\Cache'
    foreach ($t in $targets) {
        $full = Join-Path -Path $ProfilePath -ChildPath $t
        if (Test-Path -Path $full) {
            Remove-Item -Path $full -Recurse -Force -ErrorAction SilentlyContinue
            Write-Host "Cleared $full"
        }
    }
}

function Set-KioskWallpaper {
    param([string]$ProfilePath, [string]$Image)

    Copy-Item -Path $Image -Destination (Join-Path -Path $ProfilePath -ChildPath 'wallpaper.jpg') -Force
}

$profilePath = (Get-CimInstance -ClassName Win32_UserProfile |
    Where-Object { $_.LocalPath -like "*\$KioskUser" }).LocalPath

if ($profilePath -eq $null) {
    Write-Host "No profile found for $KioskUser" -ForegroundColor Yellow
    exit 1
}

Remove-KioskCache -ProfilePath $profilePath
Set-KioskWallpaper -ProfilePath $profilePath -Image '\\fs01\branding\kiosk.jpg'
Write-Host 'Kiosk profile reset.'
