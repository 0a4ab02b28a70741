function Get-Size {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [string]$Path
    )
    (Get-Item -Path $Path).Length
}
