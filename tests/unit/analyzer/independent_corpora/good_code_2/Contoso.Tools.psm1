Set-StrictMode -Version Latest

function Get-DiskUsage {
    <#
    .SYNOPSIS
        Returns used and free space for each fixed drive.
    .PARAMETER MinimumFreePercent
        Only drives with less free space than this are returned.
    .EXAMPLE
        Get-DiskUsage -MinimumFreePercent 15
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [ValidateRange(0, 100)]
        [int]$MinimumFreePercent = 100
    )

    $threshold = [double]$MinimumFreePercent
    Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3' |
        ForEach-Object {
            $free = if ($_.Size) { [math]::Round(100 * $_.FreeSpace / $_.Size, 1) } else { 0 }
            [pscustomobject]@{
                Drive       = $_.DeviceID
                SizeGB      = [math]::Round($_.Size / 1GB, 1)
                FreePercent = $free
            }
        } |
        Where-Object { $_.FreePercent -lt $threshold }
}

function ConvertTo-Slug {
    <#
    .SYNOPSIS
        Turns a title into a URL-friendly slug.
    .EXAMPLE
        'Hello, World!' | ConvertTo-Slug
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Text
    )

    process {
        $slug = $Text.ToLowerInvariant() -replace '[^a-z0-9]+', '-'
        $slug.Trim('-')
    }
}

function Format-ByteSize {
    param([long]$Bytes)
    switch ($Bytes) {
        { $_ -ge 1TB } { return '{0:N1} TB' -f ($Bytes / 1TB) }
        { $_ -ge 1GB } { return '{0:N1} GB' -f ($Bytes / 1GB) }
        { $_ -ge 1MB } { return '{0:N1} MB' -f ($Bytes / 1MB) }
        default { return "$Bytes B" }
    }
}

Export-ModuleMember -Function Get-DiskUsage, ConvertTo-Slug
