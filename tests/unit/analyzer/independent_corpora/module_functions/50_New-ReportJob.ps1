function New-ReportJob {
    [CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'Daily')]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Name,

        [Parameter(Mandatory = $true, ParameterSetName = 'Daily')]
        [Parameter(ParameterSetName = 'Weekly')]
        [datetime]$At = '06:00',

        [Parameter(Mandatory = $true, ParameterSetName = 'Weekly')]
        [System.DayOfWeek]$DayOfWeek = 'Monday',

        [Parameter(Mandatory = $true)]
        [string]$ScriptPath = 'C:\Reports\Build-Report.ps1'
    )

    if ($PSCmdlet.ParameterSetName -eq 'Weekly') {
        $trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek $DayOfWeek -At $At
    }
    else {
        $trigger = New-ScheduledTaskTrigger -Daily -At $At
    }
    $action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -File `"$ScriptPath`""

    if ($PSCmdlet.ShouldProcess($Name, 'Register scheduled task')) {
        Register-ScheduledTask -TaskName $Name -TaskPath '\Reports\' -Trigger $trigger -Action $action -User 'SYSTEM'
    }
}

New-ReportJob -Name 'Weekly capacity report' -DayOfWeek Friday -At '07:30' -ScriptPath 'C:\Reports\Capacity.ps1'
