${log file} = Join-Path -Path $env:TEMP -ChildPath 'git-audit.txt'
${repo-root} = git rev-parse --show-toplevel 2>$null
if (-not ${repo-root}) { ${repo-root} = $PWD.Path }

$authors = git -C ${repo-root} log --since='30 days ago' --format='%an' |
    Group-Object -NoElement |
    Sort-Object -Property Count -Descending

$lines = @(
    "Audit of ${repo-root} on $(Get-Date -Format 'u')"
    '-' * 40
    $authors | ForEach-Object { '{0,-25} {1,4}' -f $_.Name, $_.Count }
    @"
Totals: $(@($authors).Count) authors, $(($authors | Measure-Object -Property Count -Sum).Sum) commits
Template marker: @"
"@
)
$lines | Out-File -FilePath ${log file} -Encoding utf8 -Append:$true
Write-Output "written to ${log file}"
