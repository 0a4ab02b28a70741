function ConvertTo-Slug {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Text
    )

    $slug = $Text.ToLowerInvariant() -replace '[^a-z0-9]+', '-'
    $slug.Trim('-')
}

function Add-Prefix {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string[]]$InputObject,

        [string]$Prefix = 'app-'
    )

    begin {
        $count = 0
    }
    process {
        foreach ($item in $InputObject) {
            $count++
            '{0}{1}' -f $Prefix, $item
        }
    }
    end {
        Write-Verbose -Message "Prefixed $count item(s)"
    }
}

function Measure-Words {
    param(
        [Parameter(ValueFromPipeline = $true)]
        $Line
    )

    process {
        ($_ -split '\s+').Count
    }
}

'Order Service', 'Billing API' | ConvertTo-Slug | Add-Prefix -Prefix 'svc-'
Get-Content -Path .\README.md | Measure-Words
