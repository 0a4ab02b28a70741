function Remove-Cache {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Path, [switch]$Force)
    if ($PSCmdlet.ShouldProcess($Path) -and ($Force -or $PSCmdlet.ShouldContinue('Really?', 'Delete'))) {
        Remove-Item -Path $Path
    }
}
