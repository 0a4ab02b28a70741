function Set-Config {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Value)
    [System.IO.File]::WriteAllText('config.txt', $Value)
}
function Reset-Config {
    param()
    if ($PSCmdlet.ShouldProcess('config')) { [System.IO.File]::Delete('config.txt') }
}
