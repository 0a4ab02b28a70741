[Flags()]
enum SyncOptions {
    None     = 0
    Recurse  = 1
    Mirror   = 2
    Checksum = 4
    All      = 7
}

class SyncJob {
    [string] $Source
    [string] $Target
    [SyncOptions] $Options = [SyncOptions]::Recurse
    hidden [datetime] $Created = [datetime]::UtcNow
    static [int] $Count = 0

    SyncJob([string] $source, [string] $target) {
        $this.Source = $source
        $this.Target = $target
        [SyncJob]::Count += 1
    }

    [bool] Has([SyncOptions] $flag) {
        return ($this.Options -band $flag) -eq $flag
    }

    [string] ToString() {
        return '{0} -> {1} [{2}]' -f $this.Source, $this.Target, $this.Options
    }
}

class MirrorJob : SyncJob {
    [int] $Retries

    MirrorJob([string] $source, [string] $target) : base($source, $target) {
        $this.Options = [SyncOptions]'Recurse, Mirror'
        $this.Retries = 3
    }

    static [MirrorJob] FromPair([string[]] $pair) {
        return [MirrorJob]::new($pair[0], $pair[1])
    }
}

$jobs = [System.Collections.Generic.List[SyncJob]]::new()
$jobs.Add([SyncJob]::new('D:\src', 'E:\dst'))
$jobs.Add([MirrorJob]::FromPair(@('\\fs01\share', 'F:\mirror')))
foreach ($job in $jobs) {
    if ($job.Has([SyncOptions]::Mirror)) {
        Write-Verbose -Message "mirror: $job" -Verbose
    }
    else {
        Write-Output $job.ToString()
    }
}
'{0} jobs created' -f [SyncJob]::Count
