#Requires -Version 7.2
param(
    [string]$LogFile = './app.log'
)

$colors = @{
    ERROR   = $PSStyle.Foreground.Red
    WARNING = $PSStyle.Foreground.Yellow
    INFO    = $PSStyle.Foreground.BrightBlack
}

Get-Content -Path $LogFile -Tail 200 | ForEach-Object {
    $level = ($_ -split '\s+', 3)[1]
    $color = $colors[$level] ?? ''
    "$color$_$($PSStyle.Reset)"
}
