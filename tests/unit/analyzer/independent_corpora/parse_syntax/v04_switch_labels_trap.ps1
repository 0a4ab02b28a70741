<#
.SYNOPSIS
    Parses an IIS-style log and a config file, using switch modes and labelled loops.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$LogPath,

    [Parameter(Mandatory)]
    [string]$ConfigPath
)

trap [System.IO.FileNotFoundException] {
    Write-Error -Message "Missing input file: $($_.Exception.FileName)"
    break
}

$settings = [ordered]@{}
switch -Regex -File $ConfigPath {
    '^\s*#' { continue }
    '^\s*$' { continue }
    '^(?<key>[^=]+?)\s*=\s*(?<value>.*)$' {
        $settings[$Matches.key] = $Matches.value
    }
    default { Write-Warning -Message "Unparsed config line: $_" }
}

$statusCounts = @{ Ok = 0; Redirect = 0; ClientError = 0; ServerError = 0 }
:fileLoop foreach ($line in [System.IO.File]::ReadLines($LogPath)) {
    if ($line.StartsWith('#')) { continue fileLoop }
    $fields = $line.Split(' ')
    foreach ($field in $fields) {
        if ($field -eq '-') { continue }
        if ($field -eq 'EOF') { break fileLoop }
    }
    switch -Wildcard ($fields[-1]) {
        '2??' { $statusCounts.Ok++ }
        '3??' { $statusCounts.Redirect++ }
        '4??' { $statusCounts.ClientError++ }
        { $_ -like '5*' -and $_.Length -eq 3 } { $statusCounts.ServerError++ }
    }
}

[pscustomobject]@{
    Settings = $settings.Count
    Ok       = $statusCounts.Ok
    Errors   = $statusCounts.ClientError + $statusCounts.ServerError
}
