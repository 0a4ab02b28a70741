<#
.SYNOPSIS
    Removes per-user temp folders left behind by the old VPN client.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$ProfileRoot = 'C:\Users'
)

$profiles = Get-ChildItem -Path $ProfileRoot -Directory -ErrorAction SilentlyContinue
foreach ($userProfile in $profiles) {
    $leftover = Join-Path -Path $userProfile.FullName -ChildPath 'AppData\Local\OldVpn\cache'
    if (-not (Test-Path -Path $leftover)) {
        continue
    }
    if ($PSCmdlet.ShouldProcess($leftover, 'Remove folder')) {
        try {
            Remove-Item -Path $leftover -Recurse -Force -ErrorAction Stop
        }
        catch {
        }
    }
}
