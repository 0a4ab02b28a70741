using namespace System.Text
using namespace System.Security.Cryptography

Set-StrictMode -Version Latest

function ConvertTo-Sha256Hex {
    <#
    .SYNOPSIS
        Returns the SHA-256 hash of a string as lowercase hex.
    .PARAMETER Text
        The text to hash (UTF-8).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string]$Text
    )

    begin {
        $algorithm = [SHA256]::Create()
    }
    process {
        $bytes = [Encoding]::UTF8.GetBytes($Text)
        $builder = [StringBuilder]::new(64)
        foreach ($b in $algorithm.ComputeHash($bytes)) {
            [void]$builder.Append($b.ToString('x2'))
        }
        $builder.ToString()
    }
    end {
        $algorithm.Dispose()
    }
}

function Test-Sha256Hex {
    <#
    .SYNOPSIS
        Tells whether a string hashes to the expected SHA-256 value.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory)]
        [string]$Text,

        [Parameter(Mandatory)]
        [ValidatePattern('^[0-9a-fA-F]{64}$')]
        [string]$Expected
    )

    (ConvertTo-Sha256Hex -Text $Text) -eq $Expected.ToLowerInvariant()
}

Export-ModuleMember -Function ConvertTo-Sha256Hex, Test-Sha256Hex
