param(
    [Parameter(Mandatory)]
    [string]$CurrentVersion,

    [string]$ChangelogPath = './CHANGELOG.json'
)

$current = [semver]$CurrentVersion
$entries = Get-Content -Path $ChangelogPath -Raw | ConvertFrom-Json

$newer = $entries |
    Where-Object { [semver]$_.version -gt $current } |
    Sort-Object -Property { [semver]$_.version }

$notes = foreach ($e in $newer) {
    "## $($e.version)"
    $e.changes | ForEach-Object { "- $_" }
}

$options = [System.Text.Json.JsonSerializerOptions]::new()
$options.WriteIndented = $true
$summary = [System.Text.Json.JsonSerializer]::Serialize(@{ from = "$current"; count = @($newer).Count }, $options)

$notes | Set-Content -Path './RELEASE_NOTES.md'
$summary | Set-Content -Path './release-summary.json'
