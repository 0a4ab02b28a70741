#Requires -RunAsAdministrator
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [int]$InactiveDays = 90,
    [string[]]$Exclude = @('Administrator', 'svc_backup')
)

$cutoff = (Get-Date).AddDays(-$InactiveDays)
$profiles = Get-CimInstance -ClassName Win32_UserProfile -Filter 'Special = FALSE AND Loaded = FALSE'

foreach ($p in $profiles) {
    $name = Split-Path -Path $p.LocalPath -Leaf
    if ($Exclude -contains $name) { continue }
    if ($p.LastUseTime -and $p.LastUseTime -lt $cutoff) {
        if ($PSCmdlet.ShouldProcess($p.LocalPath, 'Delete user profile')) {
            Remove-CimInstance -InputObject $p
            Write-Verbose "Removed $($p.LocalPath)"
        }
    }
}
