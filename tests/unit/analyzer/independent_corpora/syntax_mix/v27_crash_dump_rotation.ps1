#region configuration
$config = @{
    # where the dumps go
    Target   = 'E:\Dumps' <# must exist #>
    KeepDays = 7          # one week
}
#endregion

function Show-DumpSummary {
    param(
        [Parameter(Mandatory)] <# files to summarise #>
        [System.IO.FileInfo[]]$File
    )
    $total = ($File | Measure-Object -Property Length -Sum).Sum
    Write-Host ('{0} dumps, {1:N0} MB' -f $File.Count, ($total / 1MB)) -ForegroundColor Cyan
}

$dumps = Get-ChildItem -Path $config.Target -Filter *.dmp |   # only crash dumps
    Where-Object {
        # older ones are removed below
        $_.LastWriteTime -ge (Get-Date).AddDays(-$config.KeepDays)
    }
Show-DumpSummary -File $dumps
Get-ChildItem <# all dumps #> -Path $config.Target -Filter *.dmp |
    Where-Object LastWriteTime -lt (Get-Date).AddDays(-$config.KeepDays) |
    Remove-Item -Verbose
