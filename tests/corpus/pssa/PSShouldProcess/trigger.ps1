function Set-Config {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Value)
    Set-Content -Path config.txt -Value $Value
}
function Reset-Config {
    param()
    if ($PSCmdlet.ShouldProcess('config')) { Remove-Item -Path config.txt }
}
