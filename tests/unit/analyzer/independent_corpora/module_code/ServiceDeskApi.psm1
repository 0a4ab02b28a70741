$script:BaseUri = 'https://servicedesk.contoso.com/api/v2'

<#
.SYNOPSIS
    Opens a ticket in the service desk.
#>
function New-Ticket {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$Title,

        [ValidateSet('Low', 'Normal', 'High')]
        [string]$Priority = 'Normal',

        [Parameter(Mandatory)]
        [string]$Credential
    )

    $body = @{ title = $Title; priority = $Priority } | ConvertTo-Json
    $headers = Get-AuthHeader -Credential $Credential
    Invoke-RestMethod -Method Post -Uri "$script:BaseUri/tickets" -Headers $headers -Body $body -ContentType 'application/json'
}

<#
.SYNOPSIS
    Closes a ticket.
#>


function Close-Ticket {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [int]$Id,

        [string]$Resolution = 'Resolved'
    )

    process {
        if ($PSCmdlet.ShouldProcess("ticket $Id", 'Close')) {
            $payload = @{ state = 'closed'; resolution = $Resolution } | ConvertTo-Json
            Invoke-RestMethod -Method Patch -Uri "$script:BaseUri/tickets/$Id" -Body $payload -ContentType 'application/json'
        }
    }
}

function Get-AuthHeader {
    param($Credential)
    $pair = '{0}:{1}' -f $Credential.UserName, $Credential.GetNetworkCredential().Password
    @{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair)) }
}

Export-ModuleMember -Function New-Ticket, Close-Ticket
