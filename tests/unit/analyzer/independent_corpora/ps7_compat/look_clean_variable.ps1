# Cleans old build output. $clean and $parallel are just variable names here.
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$BuildRoot = 'D:\builds',
    [int]$KeepDays = 14
)

$clean = @()
$parallel = 'parallel builds are disabled on this agent'
Write-Verbose $parallel

$limit = (Get-Date).AddDays(-$KeepDays)
foreach ($dir in Get-ChildItem -Path $BuildRoot -Directory) {
    if ($dir.LastWriteTime -lt $limit) {
        if ($PSCmdlet.ShouldProcess($dir.FullName, 'Remove old build')) {
            Remove-Item -Path $dir.FullName -Recurse -Force
            $clean += $dir.Name
        }
    }
}

Write-Output ('Removed {0} build folder(s): {1}' -f $clean.Count, ($clean -join ', '))
