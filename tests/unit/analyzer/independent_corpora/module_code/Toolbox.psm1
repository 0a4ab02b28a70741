Set-StrictMode -Version Latest

function ConvertTo-Slug {
    <#
    .SYNOPSIS
        Turns a title into a URL-friendly slug.
    .EXAMPLE
        'Hello, World!' | ConvertTo-Slug
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string]$Text
    )

    process {
        $slug = $Text.ToLowerInvariant() -replace '[^a-z0-9]+', '-'
        $slug.Trim('-')
    }
}

function Get-FileAge {
    <#
    .SYNOPSIS
        Returns how old a file is, in whole days.
    #>
    [CmdletBinding()]
    [OutputType([int])]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [string]$Path
    )

    process {
        $item = Get-Item -LiteralPath $Path
        [int]((Get-Date) - $item.LastWriteTime).TotalDays
    }
}

function Set-FileReadOnly {
    <#
    .SYNOPSIS
        Marks files read-only.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [string]$Path
    )

    process {
        Set-ItemProperty -LiteralPath $Path -Name IsReadOnly -Value $true
    }
}

Export-ModuleMember -Function ConvertTo-Slug, Get-FileAge, Set-FileReadOnly
