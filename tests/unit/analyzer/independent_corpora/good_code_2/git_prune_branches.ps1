<#
.SYNOPSIS
    Deletes local branches whose upstream is gone. Dry run unless -Confirm:$false or confirmed interactively.
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [string]$Remote = 'origin',
    [string[]]$Protected = @('main', 'master', 'develop')
)

& git fetch $Remote --prune --quiet
if ($LASTEXITCODE -ne 0) {
    throw "git fetch $Remote failed"
}

$current = (& git branch --show-current).Trim()
$keep = @($Protected) + $current
$gone = & git for-each-ref --format='%(refname:short) %(upstream:track)' refs/heads |
    ForEach-Object {
        $parts = $_ -split ' ', 2
        if ($parts.Count -eq 2 -and $parts[1] -eq '[gone]') { $parts[0] }
    } |
    Where-Object { $_ -notin $keep }

foreach ($branch in $gone) {
    if ($PSCmdlet.ShouldProcess($branch, 'git branch -D')) {
        & git branch -D $branch
    }
}
