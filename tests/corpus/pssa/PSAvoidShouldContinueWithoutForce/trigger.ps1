function Remove-Cache {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Path)
    if ($PSCmdlet.ShouldProcess($Path) -and $PSCmdlet.ShouldContinue('Really?', 'Delete')) {
        Remove-Item -Path $Path
    }
}
