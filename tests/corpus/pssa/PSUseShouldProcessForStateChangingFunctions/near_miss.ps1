function Set-Config {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Value)
    if ($PSCmdlet.ShouldProcess('config.txt')) {
        Set-Content -Path config.txt -Value $Value
    }
}
