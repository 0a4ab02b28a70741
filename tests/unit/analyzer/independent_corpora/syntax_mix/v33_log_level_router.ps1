enum LogLevel {
    Trace = 0
    Debug
    Info
    Warn
    Error
}

class LogRouter {
    [ValidateNotNullOrEmpty()][string] $Name
    hidden [System.Collections.Generic.List[string]] $Buffer = [System.Collections.Generic.List[string]]::new()
    static [LogLevel] $Threshold = [LogLevel]::Info

    LogRouter([string] $name) { $this.Name = $name }

    [void] Write([LogLevel] $level, [string] $text) {
        if ($level -ge [LogRouter]::Threshold) {
            $this.Buffer.Add(('{0:HH:mm:ss} [{1,-5}] {2}: {3}' -f [datetime]::Now, $level, $this.Name, $text))
        }
    }

    hidden [string[]] Drain() {
        $lines = $this.Buffer.ToArray()
        $this.Buffer.Clear()
        return $lines
    }

    [string[]] Flush() { return $this.Drain() }
}

$router = [LogRouter]::new('sync')
switch -Wildcard -CaseSensitive (Get-Content -Path .\sync.log -Tail 500) {
    '*ERROR*' { $router.Write([LogLevel]::Error, $_); continue }
    '*WARN*' { $router.Write('Warn', $_); continue }
    { $_.Length -gt 200 } { $router.Write([LogLevel]::Debug, $_.Substring(0, 200)) }
    default { }
}
$router.Flush()
