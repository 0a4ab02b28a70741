# Finds duplicate files on the scans share and moves the extra copies to a quarantine folder
function Move-DuplicateFile {
    param(
        [string]$Root = '\\FS02\Scans',
        [string]$Quarantine = '\\FS02\Scans\_dupes',
        [switch]$Recurse = $true,
        [switch]$WhatIf
    )
    $seen = @{}
    foreach ($file in Get-ChildItem -Path $Root -File -Recurse:$Recurse) {
        $hash = (Get-FileHash -Path $file.FullName -Algorithm MD5).Hash
        if ($original = $seen[$hash]) {
            Write-Verbose "$($file.Name) duplicates $original"
            if (-not $WhatIf) {
                Move-Item -Path $file.FullName -Destination $Quarantine
            }
        }
        else {
            $seen[$hash] = $file.FullName
        }
    }
}

Move-DuplicateFile -WhatIf
