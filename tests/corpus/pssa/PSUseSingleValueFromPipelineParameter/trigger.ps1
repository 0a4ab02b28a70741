function Send-Data {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [string]$InputData,
        [Parameter(ValueFromPipeline)]
        [string]$Mode
    )
    process { "$Mode $InputData" }
}
