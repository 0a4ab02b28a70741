function Send-Data {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [string]$InputData,
        [Parameter(Mandatory)]
        [string]$Mode
    )
    process { "$Mode $InputData" }
}
