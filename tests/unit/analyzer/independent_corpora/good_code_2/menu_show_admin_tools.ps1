<#
.SYNOPSIS
    Small interactive helpdesk menu.
#>
function Show-MainMenu {
    param(
        [string]$Title = 'Helpdesk tools'
    )
    Clear-Host
    Write-Host ('=' * 40) -ForegroundColor DarkCyan
    Write-Host "  $Title" -ForegroundColor Cyan
    Write-Host ('=' * 40) -ForegroundColor DarkCyan
    Write-Host '  1) Show disk space'
    Write-Host '  2) Show last boot time'
    Write-Host '  3) Show logged-on users'
    Write-Host '  Q) Quit'
}

function Show-DiskSpace {
    Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3' | ForEach-Object {
        $freePercent = [math]::Round($_.FreeSpace / $_.Size * 100, 1)
        $color = if ($freePercent -lt 10) { 'Red' } else { 'Green' }
        Write-Host ('{0}  {1,6:N1} GB free ({2}%)' -f $_.DeviceID, ($_.FreeSpace / 1GB), $freePercent) -ForegroundColor $color
    }
}

function Show-BootTime {
    $os = Get-CimInstance -ClassName Win32_OperatingSystem
    Write-Host "Last boot: $($os.LastBootUpTime)"
}

function Show-LoggedOnUser {
    $sessions = & quser.exe 2>$null
    if (-not $sessions) {
        Write-Host 'No interactive sessions.' -ForegroundColor Yellow
        return
    }
    $sessions | ForEach-Object { Write-Host $_ }
}

do {
    Show-MainMenu
    $choice = Read-Host -Prompt 'Select'
    switch ($choice) {
        '1' { Show-DiskSpace }
        '2' { Show-BootTime }
        '3' { Show-LoggedOnUser }
        'q' { break }
        default { Write-Warning "Unknown option '$choice'" }
    }
    if ($choice -ne 'q') {
        $null = Read-Host -Prompt 'Press Enter to continue'
    }
} while ($choice -ne 'q')
