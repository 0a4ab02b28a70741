<#
.SYNOPSIS
    Creates a change ticket in Jira for a planned server patch window.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [System.Management.Automation.PSCredential]
    $Credential,

    [Parameter(Mandatory = $true)]
    [string]$Summary,

    [datetime]$Start = (Get-Date).Date.AddDays(1).AddHours(22),

    [string]$JiraUri = 'https://jira.contoso.com'
)

# Jira Data Center accepts HTTP basic auth; the API token travels as the password.
$pair = '{0}:{1}' -f $Credential.UserName, $Credential.GetNetworkCredential().Password
$encoded = [System.Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($pair))
$headers = @{ Authorization = "Basic $encoded" }

$body = @{
    fields = @{
        project     = @{ key = 'CHG' }
        issuetype   = @{ name = 'Change' }
        summary     = $Summary
        description = "Planned patch window starting $($Start.ToString('yyyy-MM-dd HH:mm'))."
    }
} | ConvertTo-Json -Depth 5

if ($PSCmdlet.ShouldProcess($JiraUri, "Create change '$Summary'")) {
    try {
        $issue = Invoke-RestMethod -Uri "$JiraUri/rest/api/2/issue" -Method Post -Headers $headers -Body $body -ContentType 'application/json' -ErrorAction Stop
        Write-Information -MessageData "Created $($issue.key)" -InformationAction Continue
        $issue
    }
    catch {
        Write-Error -Message "Jira rejected the request: $($_.Exception.Message)"
    }
}
