# Added to the shared admin profile so everyone gets the cleantemp shortcut.
function global:Clear-TempFiles {
    param(
        [Parameter(Mandatory = $true)][string]$Path = 'C:\Windows\Temp',
        [int]$Days = 7
    )
    $count = 0
    $limit = (Get-Date).AddDays(-$Days)
    gci $Path -Recurse | where { $_.LastWriteTime -lt $limit } | % {
        Remove-Item $_.FullName -Force -Recurse -ErrorAction SilentlyContinue
        $count++
    }
    if ($count > 100) {
        Write-Warning "Removed $count items from $Path"
    }
}

New-Alias -Name cleantemp -Value Clear-TempFiles -Scope Global -Force
