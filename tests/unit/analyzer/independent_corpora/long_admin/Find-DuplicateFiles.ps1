<#
    Finds duplicate files on the departmental shares before the migration to SharePoint.
    Files are grouped by size first, and only same-size files are hashed.
#>
param(
    [Parameter(Mandatory)]
    [string[]]$Path,
    [long]$MinimumSize = 1MB,
    [string]$CsvOut = '.\duplicates.csv'
)

function Show-Summary {
    param($Groups)
    $wasted = ($Groups | ForEach-Object { $_.Group[0].Length * ($_.Count - 1) } | Measure-Object -Sum).Sum
    Write-Host ''
    Write-Host ('{0} duplicate groups, {1:N1} GB reclaimable' -f $Groups.Count, ($wasted / 1GB)) -ForegroundColor Yellow
}

$volumes = Get-WmiObject -Class Win32_Volume -Filter 'DriveType=3' |
    Select-Object Name, Label, @{ n = 'FreeGB'; e = { [math]::Round($_.FreeSpace / 1GB) } }
$volumes | Format-Table -AutoSize

$candidates = Get-ChildItem -Path $Path -File -Recurse -ErrorAction SilentlyContinue |
    Where-Object Length -ge $MinimumSize |
    Group-Object -Property Length |
    Where-Object Count -gt 1

$hashed = foreach ($group in $candidates) {
    foreach ($file in $group.Group) {
        $hash = Get-FileHash -LiteralPath $file.FullName -Algorithm MD5
        [pscustomobject]@{
            Hash     = $hash.Hash
            Length   = $file.Length
            FullName = $file.FullName
            Owner    = (Get-Acl -LiteralPath $file.FullName).Owner
            Modified = $file.LastWriteTime
        }
    }
}

$duplicates = $hashed | Group-Object -Property Hash | Where-Object Count -gt 1
$duplicates |
    ForEach-Object { $_.Group } |
    Sort-Object Hash, Modified |
    Export-Csv -Path $CsvOut -NoTypeInformation

$reportTime = Get-Date -Format s
Show-Summary -Groups $duplicates
