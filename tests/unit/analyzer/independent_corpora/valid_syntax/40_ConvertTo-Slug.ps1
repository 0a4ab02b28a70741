function ConvertTo-Slug {
    <#
    .SYNOPSIS
        Turns free text into a lowercase, dash-separated URL slug.
    .EXAMPLE
        'Hello World' | ConvertTo-Slug
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline, Position = 0)]
        [AllowEmptyString()]
        [string]$Text,

        [ValidateRange(1, 200)]
        [int]$MaxLength = 80
    )

    begin {
        $invalid = [regex]::new('[^a-z0-9]+', [System.Text.RegularExpressions.RegexOptions]::Compiled)
    }

    process {
        $normalized = $Text.Normalize([Text.NormalizationForm]::FormD)
        $ascii = -join $normalized.ToCharArray().Where{
            [Globalization.CharUnicodeInfo]::GetUnicodeCategory($_) -ne [Globalization.UnicodeCategory]::NonSpacingMark
        }
        $slug = $invalid.Replace($ascii.ToLowerInvariant(), '-').Trim('-')
        if ($slug.Length -gt $MaxLength) {
            $slug = $slug.Substring(0, $MaxLength).TrimEnd('-')
        }
        $slug
    }
}
