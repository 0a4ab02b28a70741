Set-StrictMode -Version Latest

function global:Get-ToolboxPath {
    [CmdletBinding()]
    param()
    Join-Path -Path $PSScriptRoot -ChildPath 'tools'
}

function Invoke-Tool {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [ValidateScript({ Test-Path -Path (Join-Path -Path (Get-ToolboxPath) -ChildPath $_) })]
        [string]$Name,

        [string[]]$ArgumentList = @(),
        [string]$ErrorAction = 'Stop'
    )
    $exe = Join-Path -Path (Get-ToolboxPath) -ChildPath $Name
    & $exe @ArgumentList
    if ($LASTEXITCODE -ne 0) {
        Write-Error -Message "$Name exited with $LASTEXITCODE" -ErrorAction $ErrorAction
    }
}

function Clear-ToolCache {
    [CmdletBinding()]
    param([switch]$Force)
    if ($Force -or $PSCmdlet.ShouldContinue('Delete the tool cache?', 'Confirm')) {
        Remove-Item -Path (Join-Path -Path (Get-ToolboxPath) -ChildPath 'cache') -Recurse -Force
    }
}

New-Alias -Name tool -Value Invoke-Tool -Scope Global -Force
Export-ModuleMember -Function Invoke-Tool, Clear-ToolCache
