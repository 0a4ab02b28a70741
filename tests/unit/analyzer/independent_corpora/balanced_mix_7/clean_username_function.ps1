function ConvertTo-UserName {
    <#
    .SYNOPSIS
        Builds a lower-case logon name from a person's given name and surname.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$GivenName,

        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [ValidateNotNullOrEmpty()]
        [string]$Surname
    )

    process {
        $first = ($GivenName -replace '[^A-Za-z]', '').ToLowerInvariant()
        $last = ($Surname -replace '[^A-Za-z]', '').ToLowerInvariant()
        '{0}.{1}' -f $first, $last
    }
}
