function Set-Config {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Value)
    [System.IO.File]::WriteAllText('config.txt', $Value)
}
function Reset-Config {
    param()
    if ($PSCmdlet.ShouldProcess('config')) { Remove-Item -Path config.txt }
}
