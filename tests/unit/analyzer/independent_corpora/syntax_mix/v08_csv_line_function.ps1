function ConvertTo-CsvLine {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory,
                   ValueFromPipeline,
                   Position = 0,
                   HelpMessage = 'Objects to flatten')]
        [ValidateNotNull()]
        [psobject]$InputObject,

        [ValidateSet('Comma', 'Semicolon', 'Tab',
                     IgnoreCase = $true)]
        [string]$Delimiter = 'Comma',

        [switch]$NoHeader
    )
    begin {
        $sep = switch ($Delimiter) { 'Comma' { ',' } 'Semicolon' { ';' } 'Tab' { "`t" } }
        $first = $true
    }
    process {
        $props = $InputObject.PSObject.Properties
        if ($first -and -not $NoHeader) {
            $props.Name -join $sep
            $first = $false
        }
        ($props | ForEach-Object { '"{0}"' -f ($_.Value -replace '"', '""') }) -join $sep
    }
    end {
        Write-Verbose -Message 'done'
    }
}

Get-Process -Name pwsh, explorer -ErrorAction:SilentlyContinue |
    Select-Object -Property Name, Id, @{ Name = 'WS(MB)'; Expression = { [math]::Round($_.WorkingSet64 / 1MB, 1) } } |
    ConvertTo-CsvLine -Delimiter:Semicolon -NoHeader:$false
