<#
.SYNOPSIS
    Removes stale user profile temp folders on terminal servers.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidateRange(1, 365)]
    [int]$OlderThanDays = 14
)

$cutoff = (Get-Date).AddDays(-$OlderThanDays)
$profiles = Get-CimInstance -ClassName Win32_UserProfile -Filter 'Special = FALSE'

foreach ($userProfile in $profiles) {
    $tempPath = Join-Path -Path $userProfile.LocalPath -ChildPath 'AppData\Local\Temp'
    if (-not (Test-Path -Path $tempPath)) {
        continue
    }
    $oldItems = Get-ChildItem -Path $tempPath -Force -ErrorAction SilentlyContinue |
        Where-Object -FilterScript { $_.LastWriteTime -lt $cutoff }
    foreach ($item in $oldItems) {
        if ($PSCmdlet.ShouldProcess($item.FullName, 'Delete')) {
            try {
                Remove-Item -LiteralPath $item.FullName -Recurse -Force -ErrorAction Stop
            }
            catch {
            }
        }
    }
}
