<#
.SYNOPSIS
    Uploads a PDF invoice to the ticketing API, which expects attachments as Base64 in JSON.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$TicketId,

    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$FilePath
)

$bytes = [System.IO.File]::ReadAllBytes((Resolve-Path -Path $FilePath).ProviderPath)
$payload = @{
    fileName    = [System.IO.Path]::GetFileName($FilePath)
    contentType = 'application/pdf'
    content     = [Convert]::ToBase64String($bytes)
} | ConvertTo-Json

$headers = @{ Authorization = "Bearer $env:TICKETS_API_TOKEN" }
$uri = "https://tickets.contoso.com/api/v2/tickets/$TicketId/attachments"
$response = Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -Body $payload -ContentType 'application/json'

# The API echoes a checksum of what it decoded; compare with ours.
$localHash = (Get-FileHash -Path $FilePath -Algorithm SHA256).Hash
if ($response.sha256 -ne $localHash) {
    throw "Checksum mismatch for $FilePath"
}

# Round-trip check of the echoed preview (first bytes of the document, Base64).
$preview = [Convert]::FromBase64String($response.preview)
$magic = [System.Text.Encoding]::ASCII.GetString($preview, 0, 4)
if ($magic -ne '%PDF') {
    Write-Warning 'Server preview does not look like a PDF header.'
}
Write-Output "Attachment $($response.id) stored on ticket $TicketId"
