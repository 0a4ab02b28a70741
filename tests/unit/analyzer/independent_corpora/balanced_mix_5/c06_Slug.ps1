function ConvertTo-Slug {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string]$Text
    )
    process {
        $lower = $Text.ToLowerInvariant()
        $words = [regex]::Matches($lower, '[a-z0-9]+') | ForEach-Object { $_.Value }
        $words -join '-'
    }
}
