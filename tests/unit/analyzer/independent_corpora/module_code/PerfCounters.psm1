# Performance counter helpers for the capacity dashboard.

function Get-Counters {
    [CmdletBinding()]
    param(
        [string[]]$ComputerName = @($env:COMPUTERNAME),
        [int]$SampleInterval = 5
    )

    $paths = '\Processor(_Total)\% Processor Time', '\Memory\Available MBytes', '\PhysicalDisk(_Total)\Avg. Disk Queue Length'
    Get-Counter -Counter $paths -ComputerName $ComputerName -SampleInterval $SampleInterval -MaxSamples 1 |
        Select-Object -ExpandProperty CounterSamples |
        ForEach-Object {
            [pscustomobject]@{
                Computer = ($_.Path -split '\\')[2]
                Counter  = $_.Path.Split('\')[-1]
                Value    = [math]::Round($_.CookedValue, 2)
            }
        }
}

function Push-CounterSample {
    param(
        [Parameter(ValueFromPipeline)]
        $Sample,

        [string]$Endpoint = 'https://metrics.contoso.com/ingest'
    )

    $body = $Sample | ConvertTo-Json -Compress
    Invoke-RestMethod -Uri $Endpoint -Method Post -Body $body -ContentType 'application/json'
}

function Get-CapacityData {
    param([int]$Hours = 24)
    Get-Counters | Where-Object Value -gt 0
    $since = (Get-Date).AddHours(-$Hours)
}

Export-ModuleMember -Function *
