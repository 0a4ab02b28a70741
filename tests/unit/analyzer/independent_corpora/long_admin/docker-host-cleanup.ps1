#!/usr/bin/env pwsh
<#
    Nightly cleanup on the build agents (Ubuntu and Windows Server 2022, both with pwsh 7.4):
    prunes old containers and images, trims the agent work folders and reports disk usage.
#>
[CmdletBinding()]
param(
    [int]$KeepImageDays = 7,
    [string]$AgentWorkRoot,
    [int]$MaxWorkFolderGB = 40
)

$AgentWorkRoot ??= $IsWindows ? 'D:\agent\_work' : '/opt/azagent/_work'
$uptime = Get-Uptime
Write-Verbose "Host up for $([int]$uptime.TotalDays) days"

docker version --format '{{.Server.Version}}' *> $null || Write-Warning 'Docker daemon not reachable'

docker container prune --force --filter "until=$($KeepImageDays * 24)h" && Write-Output 'containers pruned'
docker image prune --all --force --filter "until=$($KeepImageDays * 24)h" && Write-Output 'images pruned'

$work = Get-ChildItem -Path $AgentWorkRoot -Directory -ErrorAction SilentlyContinue |
    Where-Object Name -match '^\d+$' |
    ForEach-Object {
        $size = (Get-ChildItem -Path $_.FullName -Recurse -File -ErrorAction SilentlyContinue |
            Measure-Object -Property Length -Sum).Sum
        [pscustomobject]@{ Path = $_.FullName; SizeGB = [math]::Round($size / 1GB, 2); LastWrite = $_.LastWriteTime }
    } |
    Sort-Object LastWrite

$total = ($work | Measure-Object -Property SizeGB -Sum).Sum
foreach ($folder in $work) {
    if ($total -le $MaxWorkFolderGB) {
        break
    }
    Write-Output "Removing $($folder.Path) ($($folder.SizeGB) GB)"
    Remove-Item -Path $folder.Path -Recurse -Force
    $total -= $folder.SizeGB
}

if ($IsLinux) {
    $df = df -BG '--output=target,avail' / | Select-Object -Skip 1
    Write-Output "Free on /: $($df.Trim())"
    journalctl --vacuum-time=7d | Out-Null
} else {
    $disk = Get-PSDrive -Name ($AgentWorkRoot.Substring(0, 1))
    Write-Output ("Free on {0}: {1:N1} GB" -f $disk.Name, ($disk.Free / 1GB))
}
