<#
.SYNOPSIS
    IR remediation: moves unapproved items out of the Startup folders into a quarantine share.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$QuarantineRoot = '\\soc01\quarantine',
    [string[]]$Allowed = @('OneDrive.lnk', 'Teams.lnk', 'desktop.ini')
)

Write-Verbose -Message "Allowed Startup items: $($Allowed -join ', ')"
$quarantine = Join-Path -Path $QuarantineRoot -ChildPath ('{0}_{1:yyyyMMddHHmm}' -f $env:COMPUTERNAME, (Get-Date))
$folders = @(
    [Environment]::GetFolderPath('CommonStartup')
    [Environment]::GetFolderPath('Startup')
)

foreach ($folder in $folders) {
    $suspects = Get-ChildItem -Path $folder -File -Force -ErrorAction SilentlyContinue |
        Where-Object -FilterScript { $Allowed -notcontains $_.Name }
    foreach ($item in $suspects) {
        if ($PSCmdlet.ShouldProcess($item.FullName, "Move to $quarantine")) {
            New-Item -Path $quarantine -ItemType Directory -Force | Out-Null
            $hash = Get-FileHash -Path $item.FullName -Algorithm SHA256
            Move-Item -LiteralPath $item.FullName -Destination $quarantine
            [pscustomobject]@{
                Original = $item.FullName
                Sha256   = $hash.Hash
            }
        }
    }
}
