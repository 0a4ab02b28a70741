function Test-IsAdmin? {
    $identity = [Security.Principal.WindowsIdentity]::GetCurrent()
    $principal = New-Object -TypeName Security.Principal.WindowsPrincipal -ArgumentList $identity
    $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Invoke-Maintenance {
    [CmdletBinding()]
    param(
        [string[]]$ServiceName = @('Spooler', 'BITS'),

        [switch]$Verbose,

        [switch]$WhatIf
    )

    foreach ($name in $ServiceName) {
        if ($WhatIf) {
            Write-Output "Would restart $name"
            continue
        }
        if ($Verbose) {
            Write-Output "Restarting $name"
        }
        Restart-Service -Name $name
    }
}

if (Test-IsAdmin?) {
    Invoke-Maintenance -ServiceName 'Spooler'
}
else {
    Write-Warning -Message 'Run this script from an elevated session.'
}
