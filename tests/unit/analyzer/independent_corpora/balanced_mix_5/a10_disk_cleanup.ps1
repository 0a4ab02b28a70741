function Remove-OldFiles {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path = 'C:\Windows\Temp',
        [int]$Days = 30,
        [switch]$WhatIf
    )
    $limit = (Get-Date).AddDays(-$Days)
    $files = Get-ChildItem -Path $Path -File -Recurse | Where-Object LastWriteTime -lt $limit
    $size = ($files | Measure-Object -Property Length -Sum).Sum
    if ($WhatIf) {
        Write-Output "Would delete $($files.Count) files ($([math]::Round($size / 1MB)) MB)"
        return
    }
    $files | Remove-Item -Force
}

Remove-OldFiles -Path 'C:\Windows\Temp' -Days 7
Remove-OldFiles -Path "$env:SystemRoot\SoftwareDistribution\Download" -Days 14
cleanmgr /sagerun:1
