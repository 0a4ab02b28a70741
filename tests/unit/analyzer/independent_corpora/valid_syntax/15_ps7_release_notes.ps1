#Requires -Version 7.0
[CmdletBinding()]
param(
    [string]$Repository = 'contoso/tooling',
    [int]$ThrottleLimit = 4
)

$token = $env:GITHUB_TOKEN ?? (Get-Secret -Name GitHubToken -AsPlainText)
$headers = @{ Authorization = "Bearer $token"; Accept = 'application/vnd.github+json' }
$base = "https://api.github.com/repos/$Repository"

$releases = Invoke-RestMethod -Uri "$base/releases?per_page=5" -Headers $headers
$latest = $releases | Select-Object -First 1
$label = $latest.prerelease ? 'preview' : 'stable'
$title = ${latest}?.name ?? $latest.tag_name

$notes = $latest.body -replace '#(\d+)', { "[#$($_.Groups[1].Value)]($base/issues/$($_.Groups[1].Value))" }
$notes = "`u{1F680} $title ($label)`n$notes"

$assets = $latest.assets | ForEach-Object -Parallel {
    $asset = $_
    $resp = Invoke-WebRequest -Uri $asset.browser_download_url -Method Head -Headers $using:headers -SkipHttpErrorCheck
    [pscustomobject]@{ Name = $asset.name; Status = $resp.StatusCode }
} -ThrottleLimit $ThrottleLimit

$outFile = Join-Path -Path $PSScriptRoot -ChildPath 'RELEASE.md'
Set-Content -LiteralPath $outFile -Value $notes -Encoding utf8NoBOM && Write-Verbose -Message "wrote $outFile"
Get-Item -LiteralPath $outFile -ErrorAction Ignore || Write-Error -Message "could not write $outFile"
$assets | Format-Table -AutoSize
