using namespace System.Collections.Generic

[Flags()] enum Permission {
    None = 0
    Read = 1
    Write = 2
    Admin = 4
}

class AccessEntry {
    [string]$Principal
    [Permission]$Rights

    static [AccessEntry] Parse([string]$line) {
        $parts = $line -split ':'
        $entry = [AccessEntry]::new()
        $entry.Principal = $parts[0]
        $entry.Rights = [Permission]$parts[1]
        return $entry
    }

    [void] Show() {
        [Console]::WriteLine("$($this.Principal): $($this.Rights)")
    }
}

$entries = [List[AccessEntry]]::new()
Get-Content -Path "$PSScriptRoot/acl.txt" | ForEach-Object { $entries.Add([AccessEntry]::Parse($_)) }
$entries.ForEach({ $_.Show() })
