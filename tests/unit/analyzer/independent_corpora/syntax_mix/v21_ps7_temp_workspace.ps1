#Requires -Version 7.3
function Invoke-WithTempFolder {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [scriptblock]$ScriptBlock
    )
    begin {
        $temp = Join-Path -Path ([IO.Path]::GetTempPath()) -ChildPath ([guid]::NewGuid())
        $null = New-Item -Path $temp -ItemType Directory
    }
    process {
        Push-Location -Path $temp
        try { & $ScriptBlock $temp } finally { Pop-Location }
    }
    clean {
        Remove-Item -Path $temp -Recurse -Force -ErrorAction Ignore
    }
}

$size = { param($dir) (Get-ChildItem -Path $dir -Recurse | Measure-Object -Property Length -Sum).Sum }
{ Set-Content -Path data.txt -Value (1..1000) } | Invoke-WithTempFolder
$config = Get-Content -Path ./settings.json -Raw -ErrorAction Ignore | ConvertFrom-Json -AsHashtable
$level = ${config}?['logging']?['level'] ?? 'info'
Write-Output "log level: $level; probe: $(& $size $PWD)"
