function Fetch-Report {
    param([string]$Path, [string]$Unused)
    $content = gc $Path
    Write-Host "Read $($content.Count) lines"
    return $content
}

function Get-Reports {
    [CmdletBinding()]
    param([switch]$Force = $true)
    if ($Force) { 'forced' }
}

function Remove-CacheFile {
    [CmdletBinding()]
    param([string]$Name)
    Remove-Item -Path $Name
}

$global:RunCount = 0
try {
    Fetch-Report -Path 'C:\temp\report.txt'
}
catch {
}

$items = Get-ChildItem
if ($items -eq $null) { Write-Output 'none' }
if ($count = 5) { Write-Output $count }
if ($items.Count > 10) { Write-Output 'many' }
$leftover = Get-Date
$_ = 'overwritten'
Copy-Item C:\source.txt D:\target.txt C:\filter.txt
$message = "constant text"
Write-Output $message   
ls | select Name
