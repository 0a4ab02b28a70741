# Temporary workspace helpers for build agents (PowerShell 7.3+).

function Invoke-InTempWorkspace {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [scriptblock]$Action,

        [string]$Prefix = 'ws'
    )

    begin {
        $workspace = Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath "$Prefix-$([guid]::NewGuid().ToString('N'))"
        $null = New-Item -Path $workspace -ItemType Directory
        Write-Verbose "Created $workspace"
    }
    process {
        Push-Location -Path $workspace
        try {
            & $Action $workspace
        }
        finally {
            Pop-Location
        }
    }
    clean {
        if ($workspace -and (Test-Path -LiteralPath $workspace)) {
            Remove-Item -LiteralPath $workspace -Recurse -Force
        }
    }
}

function Get-WorkspaceReport {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path
    )
    $items = Get-ChildItem -LiteralPath $Path -Recurse -File
    $size = ($items | Measure-Object -Property Length -Sum).Sum
    $summary = $items | Group-Object Extension -NoElement | Sort-Object Count -Descending

    "$($PSStyle.Bold)Workspace$($PSStyle.Reset) $Path"
    $summary | Join-String -Property { '{0}: {1}' -f $_.Name, $_.Count } -Separator ', '
    Get-Uptime | ForEach-Object { "Agent uptime: $_" }
    '{0:N1} MB' -f ($size / 1MB)
}

Export-ModuleMember -Function Invoke-InTempWorkspace, Get-WorkspaceReport
