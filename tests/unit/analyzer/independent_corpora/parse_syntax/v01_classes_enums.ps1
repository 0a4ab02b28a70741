using namespace System.Collections.Generic

[Flags()]
enum Permission {
    None    = 0
    Read    = 1
    Write   = 2
    Execute = 4
    All     = 7
}

enum Tier {
    Bronze = 10
    Silver = 20
    Gold   = 30
}

class Resource {
    [string]$Name
    [Permission]$Granted = [Permission]::None
    hidden [datetime]$CreatedAt
    static [int]$Count = 0

    Resource([string]$name) {
        $this.Name = $name
        $this.CreatedAt = [datetime]::UtcNow
        [Resource]::Count++
    }

    [bool] HasPermission([Permission]$permission) {
        return ($this.Granted -band $permission) -eq $permission
    }

    [string] ToString() {
        return '{0} ({1})' -f $this.Name, $this.Granted
    }
}

class Share : Resource {
    [string]$UncPath
    [Tier]$Tier

    Share([string]$name, [string]$uncPath, [Tier]$tier) : base($name) {
        $this.UncPath = $uncPath
        $this.Tier = $tier
    }

    static [Share] FromPath([string]$uncPath) {
        $leaf = Split-Path -Path $uncPath -Leaf
        return [Share]::new($leaf, $uncPath, [Tier]::Bronze)
    }
}

$shares = [List[Share]]::new()
$shares.Add([Share]::new('Finance', '\\fs01\finance', [Tier]::Gold))
$shares.Add([Share]::FromPath('\\fs01\public'))
$shares[0].Granted = [Permission]::Read -bor [Permission]::Write

foreach ($share in $shares) {
    [pscustomobject]@{
        Share    = $share.ToString()
        Tier     = $share.Tier
        CanWrite = $share.HasPermission([Permission]::Write)
    }
}
"Created $([Resource]::Count) resources"
