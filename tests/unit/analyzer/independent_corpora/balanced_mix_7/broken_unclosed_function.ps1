function Get-QueueDepth {
    [CmdletBinding()]
    param(
        [string]$QueueName = 'orders'
    )

    $queue = Get-MsmqQueue -Name $QueueName -QueueType Private
    if ($queue) {
        $queue.MessageCount
    }
    else {
        Write-Warning "Queue $QueueName not found"
    }

Get-QueueDepth -QueueName 'invoices'
