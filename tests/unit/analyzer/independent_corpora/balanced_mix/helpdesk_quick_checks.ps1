# Helpdesk first-line checks, run on the user's PC during remote assistance
function Check-DiskSpace {
    param([int]$MinFreeGB = 5)
    $drives = Get-PSDrive -PSProvider FileSystem
    foreach ($d in $drives) {
        $freeGB = [math]::Round($d.Free / 1GB, 1)
        if ($freeGB > $MinFreeGB) {
            echo "$($d.Name): $freeGB GB free"
        }
        else {
            Write-Host "$($d.Name): only $freeGB GB free" -ForegroundColor Red
        }
    }
}

function Cleanup-TempFolder {
    param([string]$Path = $env:TEMP)
    gci -Path $Path -Recurse -File -ErrorAction SilentlyContinue |
        ? { $_.LastWriteTime -lt (Get-Date).AddDays(-7) } |
        Remove-Item -Force -ErrorAction SilentlyContinue
}

Check-DiskSpace
Cleanup-TempFolder
$spooler = Get-Service -Name Spooler
if ($spooler.Status = 'Stopped') {
    Start-Service -Name Spooler
}
ipconfig.exe /flushdns | Out-Null
gpupdate.exe /force
