<#
.SYNOPSIS
    Runs the remediation commands listed in a JSON playbook.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$Playbook
)

$steps = Get-Content -Path $Playbook -Raw | ConvertFrom-Json

foreach ($step in $steps) {
    Write-Verbose -Message "Step: $($step.Name)"
    switch ($step.Kind) {
        'command' {
            $output = Invoke-Expression -Command $step.Command
            $output | Out-String | Write-Verbose
        }
        'script' {
            $sb = [scriptblock]::Create($step.Command)
            & $sb
        }
        'expression' {
            iex $step.Command
        }
        default {
            Write-Warning -Message "Unknown step kind '$($step.Kind)'"
        }
    }
}

Invoke-Expression 'Get-Date -Format o' | Out-File -FilePath "$Playbook.lastrun"
