Set-StrictMode -Version Latest

$script:ReportRoot = Join-Path -Path $env:ProgramData -ChildPath 'Contoso\Reports'

function Get-ReportFile {
    <#
    .SYNOPSIS
        Lists report files produced in the last number of days.
    .EXAMPLE
        Get-ReportFile -Days 7
    #>
    [CmdletBinding()]
    param(
        [int]$Days = 1
    )
    $since = (Get-Date).AddDays(-$Days)
    Get-ChildItem -Path $script:ReportRoot -Filter '*.html' |
        Where-Object { $_.LastWriteTime -ge $since }
}

function Export-ReportIndex {
    [CmdletBinding()]
    param(
        [string]$Destination = (Join-Path -Path $script:ReportRoot -ChildPath 'index.html')
    )
    Get-ReportFile -Days 30 |
        Select-Object -Property Name, LastWriteTime, @{ Name = 'KB'; Expression = { [math]::Ceiling($_.Length / 1KB) } } |
        ConvertTo-Html -Title 'Reports (last 30 days)' |
        Set-Content -Path $Destination -Encoding UTF8
}

Export-ModuleMember -Function Get-ReportFile, Export-ReportIndex
