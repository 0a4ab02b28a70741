function Get-ConfigValue {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path,

        [Parameter(Mandatory)]
        [string]$Key
    )

    $reader = $null
    $value = $null
    try {
        $reader = [System.IO.StreamReader]::new($Path)
        while ($null -ne ($line = $reader.ReadLine())) {
            if ($line -match "^\s*$([regex]::Escape($Key))\s*=\s*(.*)$") {
                $value = $Matches[1].Trim()
                break
            }
        }
    }
    finally {
        if ($reader) {
            $reader.Dispose()
        }
        return $value
    }
}
