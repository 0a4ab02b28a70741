[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Endpoint,
    [Parameter(Mandatory)]
    [pscredential]$Credential
)

$params = @{
    Uri                = $Endpoint
    Credential         = $Credential
    MaximumRetryCount  = 5
    RetryIntervalSec   = 10
}
$health = Invoke-RestMethod @params
Invoke-WebRequest -Uri "$Endpoint/legacy" -Credential $Credential -AllowUnencryptedAuthentication -MaximumRetryCount 3 -OutFile ./legacy.xml
$health.status
