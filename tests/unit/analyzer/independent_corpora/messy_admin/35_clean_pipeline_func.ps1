function ConvertTo-NormalizedPhone {
    <#
    .SYNOPSIS
        Normalizes phone numbers from the HR export to E.164.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string]$Number,

        [ValidatePattern('^\d{1,3}$')]
        [string]$CountryCode = '44'
    )
    process {
        $digits = $Number -replace '[^\d+]', ''
        if ([string]::IsNullOrEmpty($digits)) {
            return
        }
        if ($digits.StartsWith('+')) {
            $digits
        }
        elseif ($digits.StartsWith('0')) {
            '+{0}{1}' -f $CountryCode, $digits.Substring(1)
        }
        else {
            '+{0}{1}' -f $CountryCode, $digits
        }
    }
}

$hrFile = Join-Path -Path $PSScriptRoot -ChildPath 'hr_export.csv'
Import-Csv -Path $hrFile |
    ForEach-Object {
        $_.Mobile = $_.Mobile | ConvertTo-NormalizedPhone
        $_
    } |
    Export-Csv -Path (Join-Path -Path $PSScriptRoot -ChildPath 'hr_normalized.csv') -NoTypeInformation
