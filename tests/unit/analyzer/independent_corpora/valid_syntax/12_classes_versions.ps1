using namespace System.Collections.Generic
using namespace System.Text

[Flags()]
enum PatchState {
    None      = 0
    Pending   = 1
    Installed = 2
    Failed    = 4
    Reboot    = 8
}

enum Ring {
    Canary = 1
    Early = 2
    Broad = 3
}

class PatchVersion : System.IComparable {
    [int]$Major
    [int]$Minor
    hidden [string]$Raw
    static [PatchVersion]$Zero = [PatchVersion]::new(0, 0)

    PatchVersion([int]$major, [int]$minor) {
        $this.Major = $major
        $this.Minor = $minor
        $this.Raw = '{0}.{1}' -f $major, $minor
    }

    static [PatchVersion] Parse([string]$text) {
        $pieces = $text.Split('.')
        return [PatchVersion]::new([int]$pieces[0], [int]$pieces[1])
    }

    [int] CompareTo([object]$other) {
        $that = [PatchVersion]$other
        if ($this.Major -ne $that.Major) { return $this.Major.CompareTo($that.Major) }
        return $this.Minor.CompareTo($that.Minor)
    }

    [string] ToString() { return $this.Raw }
}

class PatchRecord {
    [string]$KB
    [PatchVersion]$Version = [PatchVersion]::Zero
    [PatchState]$State = [PatchState]::Pending
    [Ring]$Ring = [Ring]::Broad

    [bool] NeedsReboot() {
        return ($this.State -band [PatchState]::Reboot) -eq [PatchState]::Reboot
    }
}

$records = [List[PatchRecord]]::new()
foreach ($line in 'KB500001=1.2', 'KB500002=1.10', 'KB500003=0.9') {
    $kb, $ver = $line -split '='
    $record = [PatchRecord]@{ KB = $kb; Version = [PatchVersion]::Parse($ver) }
    $record.State = [PatchState]'Installed, Reboot'
    $records.Add($record)
}

$builder = [StringBuilder]::new()
foreach ($r in $records | Sort-Object -Property Version) {
    [void]$builder.AppendFormat('{0,-10}{1,6}  {2}', $r.KB, $r.Version, $r.NeedsReboot()).AppendLine()
}
$builder.ToString()
