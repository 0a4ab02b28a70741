<#
.SYNOPSIS
    Watches a drop folder and queues every new file for the import service.
#>
[CmdletBinding()]
param(
    [string]$DropFolder = 'D:\Drop\incoming',
    [string]$QueueFolder = 'D:\Drop\queue'
)

$watcher = New-Object -TypeName System.IO.FileSystemWatcher -Property @{
    Path                  = $DropFolder
    Filter                = '*.csv'
    IncludeSubdirectories = $false
    EnableRaisingEvents   = $true
}

$action = {
    $sender = $Event.Sender
    $path = $Event.SourceEventArgs.FullPath
    $name = $Event.SourceEventArgs.Name
    $target = Join-Path -Path $Event.MessageData -ChildPath $name
    Start-Sleep -Seconds 2
    Move-Item -Path $path -Destination $target -Force
    Write-Verbose -Message "Queued $name" -Verbose
}

$registration = Register-ObjectEvent -InputObject $watcher -EventName Created -Action $action -MessageData $QueueFolder
try {
    while ($true) {
        Wait-Event -Timeout 60 | Out-Null
    }
}
finally {
    Unregister-Event -SourceIdentifier $registration.Name
    $watcher.Dispose()
}
