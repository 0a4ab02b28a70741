function Get-GraphToken {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$TenantId,

        [Parameter(Mandatory)]
        [string]$UserPrincipalName,

        [Parameter(Mandatory)]
        [string]$PasswordFilePath,

        [string]$ClientId = '1950a258-227b-4e31-a9cf-717495945fc2'
    )

    $securePassword = Get-Content -Path $PasswordFilePath | ConvertTo-SecureString
    $credential = [pscredential]::new($UserPrincipalName, $securePassword)
    $body = @{
        grant_type = 'password'
        client_id  = $ClientId
        username   = $credential.UserName
        password   = $credential.GetNetworkCredential().Password
        scope      = 'https://graph.microsoft.com/.default'
    }
    Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body
}

function Invoke-GraphRequest {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path,

        [Parameter(Mandatory)]
        [string]$AccessToken,

        [string]$UserAgent = 'ContosoOps/1.0',

        [pscredential]$ProxyCredential
    )

    $request = @{
        Uri       = "https://graph.microsoft.com/v1.0/$Path"
        Headers   = @{ Authorization = "Bearer $AccessToken" }
        UserAgent = $UserAgent
    }
    if ($ProxyCredential) {
        $request.ProxyCredential = $ProxyCredential
    }
    Invoke-RestMethod @request
}
