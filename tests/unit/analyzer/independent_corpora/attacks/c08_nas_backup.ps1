<#
.SYNOPSIS
    Mirrors the file server's project share to the NAS and keeps the last seven dated copies.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$Source = 'D:\Shares\Projects',

    [string]$TargetRoot = '\\nas01\backup\projects',

    [string]$AccessFile = 'D:\Secure\nas01.clixml',

    [ValidateRange(1, 60)]
    [int]$Keep = 7
)

$credential = Import-Clixml -Path $AccessFile
$drive = New-PSDrive -Name 'NasBackup' -PSProvider FileSystem -Root $TargetRoot -Credential $credential

try {
    $target = Join-Path -Path $TargetRoot -ChildPath (Get-Date -Format 'yyyyMMdd')
    if ($PSCmdlet.ShouldProcess($target, 'Mirror project share')) {
        robocopy.exe $Source $target /MIR /R:2 /W:5 /NP /LOG+:D:\Logs\robocopy.log
        if ($LASTEXITCODE -ge 8) {
            throw "robocopy failed with exit code $LASTEXITCODE"
        }
    }

    $old = Get-ChildItem -Path $TargetRoot -Directory |
        Sort-Object -Property Name -Descending |
        Select-Object -Skip $Keep
    foreach ($folder in $old) {
        if ($PSCmdlet.ShouldProcess($folder.FullName, 'Remove old backup')) {
            Remove-Item -LiteralPath $folder.FullName -Recurse -Force
        }
    }
}
finally {
    Remove-PSDrive -Name $drive.Name
}
