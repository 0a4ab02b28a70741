<#
.SYNOPSIS
    Lists installed software from the uninstall registry keys (faster and safer than Win32_Product).
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [string]$NameLike = '*'
)

Write-Verbose -Message "Listing installed software matching '$NameLike'"
$uninstallKeys = @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*'
    'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*'
)

Get-ItemProperty -Path $uninstallKeys -ErrorAction SilentlyContinue |
    Where-Object -FilterScript { $_.DisplayName -and $_.DisplayName -like $NameLike -and -not $_.SystemComponent } |
    Sort-Object -Property DisplayName -Unique |
    ForEach-Object -Process {
        [pscustomobject]@{
            Name            = $_.DisplayName
            Version         = $_.DisplayVersion
            Publisher       = $_.Publisher
            InstallDate     = $_.InstallDate
            UninstallString = $_.UninstallString
        }
    }
