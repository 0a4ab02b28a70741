function Invoke-WithRetry {
    <#
    .SYNOPSIS
        Runs a script block, retrying transient failures with exponential back-off.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [scriptblock]$ScriptBlock,

        [ValidateRange(1, 10)]
        [int]$MaxAttempts = 4,

        [int]$InitialDelaySeconds = 2,

        [object[]]$ArgumentList = @()
    )

    $attempt = 0
    $delay = $InitialDelaySeconds
    while ($true) {
        $attempt++
        try {
            return & $ScriptBlock @ArgumentList
        }
        catch {
            if ($attempt -ge $MaxAttempts) {
                throw
            }
            Write-Warning "Attempt $attempt of $MaxAttempts failed: $($_.Exception.Message). Retrying in $delay s."
            Start-Sleep -Seconds $delay
            $delay = $delay * 2
        }
    }
}

$steps = [ordered]@{
    'Fetch release metadata' = { Invoke-RestMethod -Uri 'https://api.github.com/repos/PowerShell/PowerShell/releases/latest' }
    'Resolve DNS'            = { param($name) Resolve-DnsName -Name $name -Type A }
}

$release = Invoke-WithRetry -ScriptBlock $steps['Fetch release metadata']
Write-Output "Latest PowerShell release: $($release.tag_name)"

$records = Invoke-WithRetry -ScriptBlock $steps['Resolve DNS'] -ArgumentList 'github.com' -MaxAttempts 2
$records | Select-Object -Property Name, IPAddress
