function Remove-Temp {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Path)
    if ($PSCmdlet.ShouldProcess($Path)) { Remove-Item -Path $Path }
}
