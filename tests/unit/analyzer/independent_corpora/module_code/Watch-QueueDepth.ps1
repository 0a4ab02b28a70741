param(
    [string]$QueueName = 'orders',
    [int]$MaxDepth = 500,
    [int]$IntervalSeconds = 30
)

$alerts = 0
while ($depth = (Get-QueueDepth -Name $QueueName)) {
    if ($depth > $MaxDepth) {
        $alerts++
        Write-Warning "Queue $QueueName is at $depth messages ($alerts alert(s) so far)"
    }
    if ($alerts = 5) {
        Write-Error 'Too many alerts; paging the on-call engineer.'
        break
    }
    Start-Sleep -Seconds $IntervalSeconds
}
