function Get-GitBranchName {
    <#
    .SYNOPSIS
        Returns the current git branch of a working tree.
    #>
    [CmdletBinding()]
    param(
        [string]$Path = (Get-Location).Path
    )

    git -C $Path rev-parse --abbrev-ref HEAD
}

function Get-GitStatusSummary {
    [CmdletBinding()]
    param()

    $lines = git status --porcelain
    [pscustomobject]@{
        Modified  = @($lines | Where-Object { $_ -match '^ M' }).Count
        Untracked = @($lines | Where-Object { $_ -match '^\?\?' }).Count
    }
}

<#
.SYNOPSIS
    Tells whether a folder is the root of a git working tree.
#>
function Test-GitRepo? {
    [CmdletBinding()]
    param(
        [string]$Path = '.'
    )

    Test-Path -Path (Join-Path -Path $Path -ChildPath '.git')
}

function global:prompt {
    $branch = Get-GitBranchName -ErrorAction SilentlyContinue
    "PS $($executionContext.SessionState.Path.CurrentLocation) [$branch]> "
}

New-Alias -Name gbn -Value Get-GitBranchName -Scope Global -Force
Set-Alias -Name gst -Value Get-GitStatusSummary

Export-ModuleMember -Function Get-GitBranchName, Get-GitStatusSummary, Test-GitRepo? -Alias gst
