param(
    [string[]]$LinuxHosts = @('web-01', 'web-02'),
    [string]$KeyFile = '~/.ssh/id_ed25519'
)

$threshold = 85
$sessions = New-PSSession -HostName $LinuxHosts -UserName deploy -KeyFilePath $KeyFile
$usage = Invoke-Command -Session $sessions -ScriptBlock {
    $root = Get-PSDrive -Name '/' -PSProvider FileSystem
    $pct = [math]::Round($root.Used / ($root.Used + $root.Free) * 100, 1)
    [pscustomobject]@{ Host = [System.Net.Dns]::GetHostName(); Percent = $pct; Alert = $pct -gt $threshold }
}
$usage | Where-Object Alert | ForEach-Object { Write-Warning "$($_.Host) root disk at $($_.Percent)%" }
Remove-PSSession -Session $sessions
