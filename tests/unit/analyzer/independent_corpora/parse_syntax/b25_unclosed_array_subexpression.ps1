function Get-DefaultServerList {
    <#
    .SYNOPSIS
        Returns the web and app servers of one environment.
    #>
    [CmdletBinding()]
    param(
        [ValidateSet('Prod', 'Test')]
        [string]$Environment = 'Prod'
    )

    $servers = @(
        'web01.corp.example.com'
        'web02.corp.example.com'
        'app01.corp.example.com'

    if ($Environment -eq 'Test') {
        $servers = $servers -replace '^([a-z]+)(\d+)', '$1-test$2'
    }
    $servers
}

Get-DefaultServerList -Environment Test | ForEach-Object -Process { [System.Net.Dns]::GetHostAddresses($_) }
