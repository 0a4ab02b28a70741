Set-StrictMode -Version Latest

$script:CallCount = 0

function script:Write-Trace {
    param([string]$Message)
    $script:CallCount++
    Write-Verbose -Message ('[{0:HH:mm:ss}] {1}' -f (Get-Date), $Message)
}

function Get-DirectorySize {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)]
        [string]$Path
    )

    function Measure-Folder([string]$Folder) {
        $sum = (Get-ChildItem -LiteralPath $Folder -File -Recurse -Force -ErrorAction SilentlyContinue |
            Measure-Object -Property Length -Sum).Sum
        if ($null -eq $sum) { return 0 }
        return $sum
    }

    Write-Trace -Message "Sizing $Path"
    foreach ($dir in Get-ChildItem -LiteralPath $Path -Directory) {
        [pscustomobject]@{
            Folder = $dir.Name
            SizeMB = [math]::Round((Measure-Folder -Folder $dir.FullName) / 1MB, 2)
        }
    }
}

Get-DirectorySize -Path $HOME | Sort-Object -Property SizeMB -Descending | Select-Object -First 10
Write-Verbose -Message "Trace calls: $script:CallCount"
