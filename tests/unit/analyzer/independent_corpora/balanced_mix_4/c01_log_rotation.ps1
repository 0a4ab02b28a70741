function Invoke-LogRotation {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$LogDirectory,
        [int]$KeepDays = 14,
        [int]$CompressAfterDays = 2
    )

    $deleteBefore = (Get-Date).AddDays(-$KeepDays)
    $compressBefore = (Get-Date).AddDays(-$CompressAfterDays)
    Get-ChildItem -Path $LogDirectory -Filter *.log | ForEach-Object {
        if ($_.LastWriteTime -lt $deleteBefore) {
            if ($PSCmdlet.ShouldProcess($_.FullName, 'Delete')) {
                Remove-Item -LiteralPath $_.FullName
            }
        }
        elseif ($_.LastWriteTime -lt $compressBefore) {
            $zip = [IO.Path]::ChangeExtension($_.FullName, '.zip')
            if ($PSCmdlet.ShouldProcess($_.FullName, 'Compress')) {
                Compress-Archive -Path $_.FullName -DestinationPath $zip -Update
                Remove-Item -LiteralPath $_.FullName
            }
        }
    }
}

Invoke-LogRotation -LogDirectory 'D:\Apps\Gateway\logs' -KeepDays 30
