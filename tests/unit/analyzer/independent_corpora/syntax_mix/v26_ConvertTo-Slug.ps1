function ConvertTo-Slug {
    <#
    .SYNOPSIS
        Turns a title into a URL-friendly slug.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string]$Text
    )
    process {
        if ([string]::IsNullOrWhiteSpace($Text)) {
            throw [System.ArgumentException]::new('Text must not be empty.', 'Text')
        }
        $slug = $Text.Trim().ToLowerInvariant() -replace '[^a-z0-9]+', '-'
        $slug.Trim('-')
    }
}
