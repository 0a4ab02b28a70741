# Disk cleanup run by the nightly scheduler on file servers
param(
    $Servers = @('FS01', 'FS02'),
    $Days = 30,
    [switch]$WhatIf
)

function Clean-TempFolders($Server, $Age) {
    $paths = "\\$Server\c$\Windows\Temp", "\\$Server\c$\Temp"
    foreach ($p in $paths) {
        $old = Get-ChildItem $p -Recurse -ErrorAction SilentlyContinue | where { $_.LastWriteTime -lt (Get-Date).AddDays(-$Age) }
        foreach ($f in $old) {
            if ($WhatIf) {
                Write-Host "Would delete $($f.FullName)"
            } else {
                Remove-Item $f.FullName -Force -Recurse -ErrorAction SilentlyContinue
            }
        }
    }
}

function Get-FreeSpace {
    param([string]$Server)
    $disk = Get-WmiObject Win32_LogicalDisk -ComputerName $Server -Filter "DeviceID='C:'"
    [math]::Round($disk.FreeSpace / 1GB, 2)
}

$report = @()
foreach ($s in $Servers) {
    $before = Get-FreeSpace -Server $s
    Clean-TempFolders $s $Days
    $after = Get-FreeSpace -Server $s
    $report += [pscustomobject]@{ Server = $s; FreedGB = $after - $before }
}
$report | ft -AutoSize
if ($report.FreedGB -eq $null) {
    Write-Warning 'No data'
}
