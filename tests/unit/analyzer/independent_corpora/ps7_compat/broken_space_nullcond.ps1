#Requires -Version 7.1
param(
    [Parameter(Mandatory)]
    [string]$Repo
)

$release = Invoke-RestMethod -Uri "https://api.github.com/repos/$Repo/releases/latest" -SkipHttpErrorCheck
$tag = $release ?.tag_name
$asset = ${release}?.assets?[0]

Write-Output "Latest release of ${Repo}: $tag ($($asset.name))"
