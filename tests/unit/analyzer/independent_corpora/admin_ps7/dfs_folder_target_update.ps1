# Repoints DFS folder targets from the retiring file server to its replacement.
[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHosts', '')]
param(
    [Parameter(Mandatory)]
    [string]$Namespace,
    [string]$OldServer = 'FS-OLD01',
    [string]$NewServer = 'FS-NEW01'
)

function Update-DfsTarget {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$FolderPath,
        [Parameter(Mandatory)]
        [string]$From,
        [Parameter(Mandatory)]
        [string]$To
    )

    function Switch-Target {
        param($Old, $New)
        if ($PSCmdlet.ShouldProcess($Old, "Replace with $New")) {
            New-DfsnFolderTarget -Path $FolderPath -TargetPath $New | Out-Null
            Remove-DfsnFolderTarget -Path $FolderPath -TargetPath $Old -Force
        }
    }

    $targets = Get-DfsnFolderTarget -Path $FolderPath
    foreach ($target in $targets | Where-Object TargetPath -like "\\$From\*") {
        $replacement = $target.TargetPath -replace [regex]::Escape("\\$From\"), "\\$To\"
        Switch-Target -Old $target.TargetPath -New $replacement
    }
}

$folders = Get-DfsnFolder -Path "$Namespace\*"
foreach ($folder in $folders) {
    Write-Host "Checking $($folder.Path)"
    Update-DfsTarget -FolderPath $folder.Path -From $OldServer -To $NewServer
}
