#Requires -Version 7.0
<#
    Profile snippet: removes aliases that shadow our Unix tools and adds a few of our own.
#>
$shadowing = 'curl', 'wget', 'ls', 'rm', 'sort'
foreach ($name in $shadowing) {
    if (Get-Alias -Name $name -ErrorAction Ignore) {
        Remove-Alias -Name $name -Force
    }
}

Set-Alias -Name k -Value kubectl
Set-Alias -Name tf -Value terraform

function Get-GitBranch {
    $branch = git branch --show-current 2>$null
    $LASTEXITCODE -eq 0 ? $branch : $null
}
