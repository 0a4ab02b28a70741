param(
    [Parameter(Mandatory)]
    [string]$ConfigPath
)

$settings = @{}
$section = 'root'
switch -Regex -File $ConfigPath {
    '^\s*[#;]' { continue }
    '^\[(?<name>[^\]]+)\]\s*$' {
        $section = $Matches.name.Trim()
        $settings[$section] = [ordered]@{}
        continue
    }
    '^\s*(?<key>[^=]+?)\s*=\s*(?<value>.*)$' {
        if (-not $settings.ContainsKey($section)) { $settings[$section] = [ordered]@{} }
        $settings[$section][$Matches.key] = $Matches.value
    }
    default { Write-Verbose -Message "skipped: $_" }
}

:outer foreach ($name in $settings.Keys) {
    foreach ($key in $settings[$name].Keys) {
        if ($key -like 'disabled*') {
            Write-Warning -Message "section [$name] is disabled; stopping scan"
            break outer
        }
        if ($key.StartsWith('_')) { continue outer }
    }
}
$settings
