# Workstation baseline: applies a handful of registry settings if they drift.

function Apply-RegistryTweak {
    param(
        [Parameter(Mandatory)][string]$Path,
        [Parameter(Mandatory)][string]$Name,
        [Parameter(Mandatory)]$Value,
        [ValidateSet('DWord', 'String', 'QWord')][string]$Type = 'DWord'
    )

    if (-not (Test-Path -Path $Path)) {
        New-Item -Path $Path -Force | Out-Null
    }
    Set-ItemProperty -Path $Path -Name $Name -Value $Value -Type $Type
}

function Check-RegistryTweak {
    param([string]$Path, [string]$Name, $Expected)

    $current = Get-ItemProperty -Path $Path -Name $Name -ErrorAction SilentlyContinue
    return ($null -ne $current -and $current.$Name -eq $Expected)
}

$tweaks = @(
    @{ Path = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\Personalization'; Name = 'NoLockScreen'; Value = 1 }
    @{ Path = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Explorer\Advanced'; Name = 'HideFileExt'; Value = 0 }
    @{ Path = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Explorer\Advanced'; Name = 'LaunchTo'; Value = 1 }
)

foreach ($t in $tweaks) {
    if (-not (Check-RegistryTweak -Path $t.Path -Name $t.Name -Expected $t.Value)) {
        Apply-RegistryTweak @t
        Write-Output "Applied $($t.Name)"
    }
}
