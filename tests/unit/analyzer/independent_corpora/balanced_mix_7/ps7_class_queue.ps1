class JobItem {
    [string]$Name
    [int]$Priority
    [datetime]$Queued

    JobItem([string]$name, [int]$priority) {
        $this.Name = $name
        $this.Priority = $priority
        $this.Queued = [datetime]::UtcNow
    }

    [string] ToString() {
        return '{0} (p{1})' -f $this.Name, $this.Priority
    }
}

$queue = [System.Collections.Generic.PriorityQueue[JobItem, int]]::new()
foreach ($n in 'backup', 'reindex', 'report') {
    $item = [JobItem]::new($n, (Get-Random -Minimum 1 -Maximum 9))
    $queue.Enqueue($item, $item.Priority)
}

while ($queue.Count -gt 0) {
    $next = $queue.Dequeue()
    Write-Output "Running $next"
}
