function Get-LogDirectory {
    [CmdletBinding()]
    param([string]$AppName = 'agent')

    if ($IsWindows) {
        Join-Path -Path $env:ProgramData -ChildPath $AppName
    }
    elseif ($IsMacOS) {
        "/Library/Logs/$AppName"
    }
    else {
        "/var/log/$AppName"
    }
}

$dir = Get-LogDirectory
$PSStyle.OutputRendering = 'PlainText'
Get-ChildItem -Path $dir -Filter '*.log' | Sort-Object -Property LastWriteTime | Select-Object -Last 5
