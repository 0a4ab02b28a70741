$global:Cleaned = 0
$global:ErrorActionPreference = "Continue"

function Delete-TempFiles {
    param([string]$Computer = "localhost")
    $paths = "C:\Windows\Temp\*", "C:\Users\*\AppData\Local\Temp\*"
    foreach ($p in $paths) {
        $unc = "\\$Computer\" + $p.Replace(":", "$")
        $items = Get-ChildItem $unc -Recurse -Force -ErrorAction SilentlyContinue
        $global:Cleaned += ($items | Measure-Object).Count
        Remove-Item $unc -Recurse -Force -ErrorAction SilentlyContinue
    }
}

function Clear-BrowserCaches {
    param([string]$Computer)
    Get-ChildItem "\\$Computer\C$\Users" -Directory | ForEach-Object {
        Remove-Item "$($_.FullName)\AppData\Local\Google\Chrome\User Data\Default\Cache\*" -Recurse -Force -ErrorAction SilentlyContinue
    }
}

Delete-TempFiles
Delete-TempFiles -Computer "PC0415"
Clear-BrowserCaches -Computer "PC0415"
Write-Host "Total items cleaned: $global:Cleaned"
