# Adds the team's tool folders to PATH for this session only.
$toolDirs = @(
    (Join-Path -Path $HOME -ChildPath 'tools\bin'),
    'C:\Program Files\Git\usr\bin'
)

$pathEntries = $env:PATH -split [System.IO.Path]::PathSeparator
foreach ($dir in $toolDirs) {
    if ((Test-Path -Path $dir) -and ($pathEntries -notcontains $dir)) {    
        $env:PATH = $dir + [System.IO.Path]::PathSeparator + $env:PATH
        Write-Verbose "Added $dir to PATH"
    }
}
