<#
.SYNOPSIS
    Checks TCP reachability of a list of servers in parallel background jobs.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$ComputerName,

    [ValidateRange(1, 65535)]
    [int]$Port = 5985
)

$jobs = foreach ($computer in $ComputerName) {
    Start-Job -Name "probe-$computer" -ArgumentList $computer, $Port -ScriptBlock {
        param($Target, $TargetPort)
        $client = [System.Net.Sockets.TcpClient]::new()
        try {
            $connected = $client.ConnectAsync($Target, $TargetPort).Wait(2000)
            [pscustomobject]@{ ComputerName = $Target; Reachable = $connected }
        }
        finally {
            $client.Dispose()
        }
    }
}
$jobs | Wait-Job | Receive-Job
$jobs | Remove-Job
$remote = Invoke-Command -ComputerName $ComputerName -ScriptBlock { $using:Port; $env:COMPUTERNAME }
$remote
