function Invoke-InTempWorkspace {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [scriptblock]$Action
    )

    begin {
        $workspace = Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath ([guid]::NewGuid())
        New-Item -Path $workspace -ItemType Directory | Out-Null
        Push-Location -Path $workspace
    }
    process {
        & $Action
    }
    clean {
        Pop-Location
        Remove-Item -Path $workspace -Recurse -Force -ErrorAction Ignore
    }
}

Invoke-InTempWorkspace -Action { git clone --depth 1 https://github.com/contoso/tools.git . ; Get-ChildItem }
