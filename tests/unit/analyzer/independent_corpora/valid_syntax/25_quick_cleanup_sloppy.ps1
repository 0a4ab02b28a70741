# quick and dirty temp cleanup someone pasted from a forum
param(
    [int]$Days = 7,
    [switch]$Quiet = $true
)

$limit = (Get-Date).AddDays(-$Days)
$paths = "$env:TEMP", "$env:windir\Temp", 'C:\Windows\SoftwareDistribution\Download'
$freed = 0
$unused = 'not used anywhere'

foreach ($p in $paths) {
    gci -Path $p -Recurse -File -ErrorAction SilentlyContinue |
        ? { $_.LastWriteTime -lt $limit } |
        % {
            $freed += $_.Length
            Remove-Item -LiteralPath $_.FullName -Force -ErrorAction SilentlyContinue
        }
}

try {
    Remove-Item -Path "$env:windir\Prefetch\*.pf" -Force -ErrorAction Stop
}
catch { }

if (-not $Quiet) {
    Write-Host ("Freed {0:N1} MB" -f ($freed / 1MB)) -ForegroundColor Green
}
