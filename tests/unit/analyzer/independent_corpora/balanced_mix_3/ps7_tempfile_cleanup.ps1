#Requires -Version 7.3
function Invoke-WithTempFolder {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [scriptblock]$Action
    )
    begin {
        $folder = New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) ([guid]::NewGuid()))
    }
    process {
        & $Action $folder.FullName
    }
    clean {
        if ($folder) {
            Remove-Item -LiteralPath $folder.FullName -Recurse -Force -ErrorAction SilentlyContinue
        }
    }
}

try {
    Invoke-WithTempFolder -Action {
        param($Path)
        Invoke-WebRequest -Uri 'https://packages.contoso.com/tools/cli.zip' -OutFile "$Path/cli.zip"
        Expand-Archive -Path "$Path/cli.zip" -DestinationPath ./tools -Force
    }
}
catch {
    Get-Error | Out-String | Write-Warning
}
