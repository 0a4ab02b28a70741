function Get-Size {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [string]$Path
    )
    process {
        (Get-Item -Path $Path).Length
    }
}
