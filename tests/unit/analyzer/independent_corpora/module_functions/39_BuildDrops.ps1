function Remove-OldBuild {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$DropRoot,

        [ValidateRange(1, 100)]
        [int]$Keep = 5
    )

    $builds = Get-ChildItem -Path $DropRoot -Directory |
        Sort-Object -Property CreationTime -Descending |
        Select-Object -Skip $Keep
    foreach ($build in $builds) {
        if ($PSCmdlet.ShouldProcess($build.FullName, 'Delete build drop')) {
            Remove-Item -Path $build.FullName -Recurse -Force
        }
    }
}

function Clear-BuildCache {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param(
        [string]$CachePath = "$env:LOCALAPPDATA\BuildCache"
    )

    Get-ChildItem -Path $CachePath -File | Remove-Item -Force
}

function Update-BuildNumber {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [string]$File = '.\version.txt'
    )

    function Write-Version([string]$Value) {
        if ($PSCmdlet.ShouldProcess($File, "Write version $Value")) {
            Set-Content -Path $File -Value $Value
        }
    }

    $current = [version](Get-Content -Path $File -Raw).Trim()
    $next = [version]::new($current.Major, $current.Minor, $current.Build + 1)
    Write-Version -Value $next.ToString()
}

Update-BuildNumber
Remove-OldBuild -DropRoot '\\build01\drops\webshop' -Keep 10
Clear-BuildCache -Confirm:$false
