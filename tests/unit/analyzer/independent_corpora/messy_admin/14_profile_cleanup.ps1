[CmdletBinding()]
param(
    [int]$Days = 60,
    [switch]$WhatIfOnly = $true
)

$profiles = Get-CimInstance -ClassName Win32_UserProfile |
    Where-Object { -not $_.Special -and $_.LastUseTime -lt (Get-Date).AddDays(-$Days) }

foreach ($p in $profiles) {
    if ($WhatIfOnly) {
        Write-Output "would remove $($p.LocalPath)"
    }
    else {
        Write-Verbose "removing $($p.LocalPath)"
        $p | Remove-CimInstance
    }
}
