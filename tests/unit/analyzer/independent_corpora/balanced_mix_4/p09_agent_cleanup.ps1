#Requires -Version 7
# Cleans the build agents' work folders when disk gets low (Linux and Windows agents)
$agentRoot = $IsWindows ? 'D:\agent\_work' : '/opt/agent/_work'
$minFreeGB = 20
$drive = Get-PSDrive -Name ($IsWindows ? 'D' : '/')
$freeGB = [math]::Round($drive.Free / 1GB, 1)

if ($freeGB -lt $minFreeGB) {
    $dirs = gci $agentRoot -Directory | ? { $_.Name -match '^\d+$' } | Sort-Object LastWriteTime
    foreach ($d in $dirs | select -SkipLast 2) {
        Remove-Item $d.FullName -Recurse -Force -ErrorAction SilentlyContinue
        Write-Host "removed $($d.FullName)"
    }
}
