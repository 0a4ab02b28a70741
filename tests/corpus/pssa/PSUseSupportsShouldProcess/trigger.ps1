function Remove-Temp {
    param(
        [string]$Path,
        [switch]$WhatIf
    )
    if (-not $WhatIf) { Remove-Item -Path $Path }
}
