<#
.SYNOPSIS
    Checks the public web endpoints and returns one status object per URL.
.DESCRIPTION
    Used by the 5-minute monitoring job and by the on-call engineer during incidents. A check
    fails when the status code is not 2xx/3xx, the response is slower than the threshold or the
    expected text is missing from the page.
.PARAMETER ConfigPath
    JSON file with the endpoints: [{ "Name": "...", "Url": "...", "Expect": "..." }].
.PARAMETER TimeoutSec
    Request timeout.
.PARAMETER SlowMs
    Responses slower than this are reported as degraded.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$ConfigPath,

    [int]$TimeoutSec = 15,

    [int]$SlowMs = 2000
)

function Invoke-EndpointCheck {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [pscustomobject]$Endpoint,

        [int]$Timeout,

        [int]$Threshold
    )

    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $status = 'Healthy'
    $detail = ''
    $code = 0
    try {
        $response = Invoke-WebRequest -Uri $Endpoint.Url -TimeoutSec $Timeout -UseBasicParsing -MaximumRedirection 3
        $code = [int]$response.StatusCode
        if ($Endpoint.Expect -and $response.Content -notmatch [regex]::Escape($Endpoint.Expect)) {
            $status = 'Unhealthy'
            $detail = "expected text '$($Endpoint.Expect)' not found"
        }
    }
    catch {
        $status = 'Unhealthy'
        $detail = $_.Exception.Message
        if ($_.Exception.Response) {
            $code = [int]$_.Exception.Response.StatusCode
        }
    }
    $watch.Stop()

    if ($status -eq 'Healthy' -and $watch.ElapsedMilliseconds -gt $Threshold) {
        $status = 'Degraded'
        $detail = "slow response ($($watch.ElapsedMilliseconds) ms)"
    }

    [pscustomobject]@{
        Name       = $Endpoint.Name
        Url        = $Endpoint.Url
        Status     = $status
        StatusCode = $code
        ElapsedMs  = $watch.ElapsedMilliseconds
        Detail     = $detail
        CheckedAt  = Get-Date
    }
}

$endpoints = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json
foreach ($endpoint in $endpoints) {
    Invoke-EndpointCheck -Endpoint $endpoint -Timeout $TimeoutSec -Threshold $SlowMs
}
