[CmdletBinding()]
param(
    [ValidateSet('en-US', 'de-DE', 'fr-FR')]
    [string]$Culture = (Get-Culture).Name
)

$fallback = DATA {
    ConvertFrom-StringData -StringData @'
Greeting = Hello, {0}!
DiskLow = Drive {0} has only {1:P0} free.
Done = Finished in {0} seconds.
'@
}

$strings = $fallback
$localized = Join-Path -Path $PSScriptRoot -ChildPath $Culture
if (Test-Path -LiteralPath (Join-Path -Path $localized -ChildPath 'Messages.psd1')) {
    Import-LocalizedData -BindingVariable strings -BaseDirectory $PSScriptRoot -FileName Messages.psd1 -UICulture $Culture
}

$timer = [Diagnostics.Stopwatch]::StartNew()
Write-Output -InputObject ($strings.Greeting -f $env:USERNAME)
foreach ($drive in Get-PSDrive -PSProvider FileSystem) {
    $total = $drive.Used + $drive.Free
    if ($total -gt 0 -and $drive.Free / $total -lt 0.1) {
        Write-Warning -Message ($strings.DiskLow -f $drive.Name, ($drive.Free / $total))
    }
}
Write-Output -InputObject ($strings.Done -f [int]$timer.Elapsed.TotalSeconds)
