#Requires -Version 7.2
function Show-DiskUsage {
    [CmdletBinding()]
    param([string]$Path = '/')
    $full = (Resolve-Path -Path $Path).ProviderPath
    $drive = Get-PSDrive -PSProvider FileSystem | Where-Object { $full.StartsWith($_.Root) } | Select-Object -First 1
    $pct = [math]::Round($drive.Used / ($drive.Used + $drive.Free) * 100)
    $color = $pct -gt 90 ? $PSStyle.Foreground.Red : $PSStyle.Foreground.Green
    Write-Host "$color$($drive.Name): $pct% used$($PSStyle.Reset)"
}

Show-DiskUsage -Path $HOME
