param(
    [Parameter(Mandatory)]
    [string]$Folder
)

$magic = @{
    'PE'  = [byte[]](0x4D, 0x5A)
    'ZIP' = [byte[]](0x50, 0x4B, 0x03, 0x04)
    'PDF' = [byte[]](0x25, 0x50, 0x44, 0x46)
}

$job = Start-Job -ScriptBlock {
    Get-ChildItem -Path $using:Folder -File -Recurse | ForEach-Object {
        $head = Get-Content -Path $_.FullName -AsByteStream -TotalCount 4
        [pscustomobject]@{ Path = $_.FullName; Head = $head }
    }
}
$files = Receive-Job -Job $job -Wait -AutoRemoveJob

foreach ($f in $files) {
    $kind = $magic.Keys.Where({ $magic[$_].Count -le $f.Head.Count -and -not (Compare-Object -ReferenceObject $magic[$_] -DifferenceObject $f.Head[0..($magic[$_].Count - 1)] -SyncWindow 0) }, 'First')
    $f | Add-Member -NotePropertyName Kind -NotePropertyValue ($kind ?? 'unknown') -PassThru
}
