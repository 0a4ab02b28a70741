<#
.SYNOPSIS
    Decodes the claims of a JWT access token for troubleshooting (no signature check).
.EXAMPLE
    Get-Clipboard | .\c15_jwt_inspector.ps1
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
    [ValidatePattern('^[\w-]+\.[\w-]+\.[\w-]*$')]
    [string]$Token
)

process {
    $payload = $Token.Split('.')[1].Replace('-', '+').Replace('_', '/')
    switch ($payload.Length % 4) {
        2 { $payload += '==' }
        3 { $payload += '=' }
    }

    $json = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($payload))
    $claims = $json | ConvertFrom-Json

    $epoch = New-Object -TypeName DateTime -ArgumentList 1970, 1, 1, 0, 0, 0, ([DateTimeKind]::Utc)
    [pscustomobject]@{
        Subject   = $claims.sub
        Audience  = $claims.aud
        Issuer    = $claims.iss
        Scopes    = $claims.scp
        ExpiresAt = $epoch.AddSeconds($claims.exp).ToLocalTime()
        IsExpired = $epoch.AddSeconds($claims.exp) -lt [DateTime]::UtcNow
    }
}
