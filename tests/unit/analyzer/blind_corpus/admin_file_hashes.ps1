function Get-FileChecksum {
    param(
        [Parameter(Mandatory)]
        [string]$Path
    )
    $md5 = [System.Security.Cryptography.MD5]::Create()
    $stream = [System.IO.File]::OpenRead($Path)
    try {
        [BitConverter]::ToString($md5.ComputeHash($stream)).Replace('-', '')
    }
    finally {
        $stream.Dispose()
    }
}

Get-ChildItem -Path 'D:\Releases' -Filter *.zip | ForEach-Object {
    [pscustomobject]@{ Name = $_.Name; Md5 = Get-FileChecksum -Path $_.FullName; Sha1 = (Get-FileHash -Path $_.FullName -Algorithm SHA1).Hash }
}
