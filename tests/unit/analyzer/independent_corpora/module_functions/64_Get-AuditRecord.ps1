function Get-AuditRecord {
    <#
    .SYNOPSIS
        Queries the central audit API for sign-in records.
    #>
    [CmdletBinding(DefaultParameterSetName = 'Recent')]
    param(
        [Parameter(ParameterSetName = 'Recent')]
        [ValidateRange(1, 720)]
        [int]$Hours = 24,

        [Parameter(Mandatory, ParameterSetName = 'Range')]
        [datetime]$Start,

        [Parameter(Mandatory, ParameterSetName = 'Range')]
        [datetime]$End,

        [string]$User,

        [switch]$IncludeFailed,

        [string]$ApiBase = 'https://audit.contoso.local/api'
    )

    $query = @{}
    switch ($PSCmdlet.ParameterSetName) {
        'Recent' {
            $query.from = (Get-Date).AddHours(-$Hours).ToString('o')
        }
        'Range' {
            $query.from = $Start.ToString('o')
            $query.to = $End.ToString('o')
        }
    }
    if ($PSBoundParameters.ContainsKey('User')) {
        $query.user = $User
    }
    Invoke-RestMethod -Uri "$ApiBase/records" -Body $query
}

Get-AuditRecord -Hours 4 | Where-Object { $_.result -ne 'success' } | Format-Table -AutoSize
