function Get-ConfigValue {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path,

        [Parameter(Mandatory)]
        [string]$Key
    )

    $reader = [System.IO.StreamReader]::new($Path)
    try {
        while ($null -ne ($line = $reader.ReadLine())) {
            if ($line -match "^\s*$([regex]::Escape($Key))\s*=\s*(.*)$") {
                return $Matches[1].Trim()
            }
        }
    }
    finally {
        $reader.Close()
        return $null
    }
}

Get-ConfigValue -Path "$PSScriptRoot\app.ini" -Key 'ConnectionTimeout'
