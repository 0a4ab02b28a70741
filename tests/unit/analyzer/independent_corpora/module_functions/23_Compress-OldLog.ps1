<#
.SYNOPSIS
    Archives log files older than a cut-off into monthly zip files.
.DESCRIPTION
    Groups the *.log files of a folder by month of last write and adds each group to
    logs-<yyyy-MM>.zip in the same folder. Supports -WhatIf and -Confirm.
.PARAMETER Path
    Folder holding the log files. Accepts FullName from the pipeline.
.PARAMETER OlderThanDays
    Age cut-off in days (default parameter set).
.PARAMETER Before
    Absolute cut-off date.
.PARAMETER RemoveSource
    Deletes the archived log files.
.EXAMPLE
    Get-ChildItem -Path D:\Logs -Directory | .\Compress-OldLog.ps1 -OlderThanDays 60 -RemoveSource
#>
[CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'ByAge')]
param(
    [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
    [Alias('FullName')]
    [string]$Path,

    [Parameter(ParameterSetName = 'ByAge')]
    [ValidateRange(1, 3650)]
    [int]$OlderThanDays = 30,

    [Parameter(Mandatory, ParameterSetName = 'ByDate')]
    [datetime]$Before,

    [switch]$RemoveSource
)

process {
    if ($PSCmdlet.ParameterSetName -eq 'ByAge') {
        $cutoff = (Get-Date).AddDays(-$OlderThanDays)
    }
    else {
        $cutoff = $Before
    }

    $files = Get-ChildItem -Path $Path -Filter '*.log' -File |
        Where-Object { $_.LastWriteTime -lt $cutoff }

    foreach ($group in ($files | Group-Object -Property { $_.LastWriteTime.ToString('yyyy-MM') })) {
        $archive = Join-Path -Path $Path -ChildPath "logs-$($group.Name).zip"
        if ($PSCmdlet.ShouldProcess($archive, "Add $($group.Count) file(s)")) {
            Compress-Archive -Path $group.Group.FullName -DestinationPath $archive -Update
            if ($RemoveSource) {
                $group.Group | Remove-Item -Force
            }
            Get-Item -Path $archive
        }
    }
}
