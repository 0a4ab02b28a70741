<#
.SYNOPSIS
    Copies a large export to the archive share while keeping the workstation awake.
.DESCRIPTION
    Uses SetThreadExecutionState so the laptop does not sleep in the middle of a
    multi-hour robocopy. The previous state is restored when the copy ends.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$Source,

    [Parameter(Mandatory = $true)]
    [string]$Destination
)

Add-Type -Namespace Contoso -Name Power -MemberDefinition @'
[DllImport("kernel32.dll", SetLastError = true)]
public static extern uint SetThreadExecutionState(uint esFlags);
'@

$ES_CONTINUOUS = [uint32]'0x80000000'
$ES_SYSTEM_REQUIRED = [uint32]'0x00000001'

$previous = [Contoso.Power]::SetThreadExecutionState($ES_CONTINUOUS -bor $ES_SYSTEM_REQUIRED)
try {
    $arguments = @($Source, $Destination, '/E', '/Z', '/R:2', '/W:10', '/NP', '/LOG+:C:\Logs\archive-copy.log')
    & robocopy.exe @arguments
    if ($LASTEXITCODE -ge 8) {
        throw "robocopy reported failure (exit code $LASTEXITCODE)"
    }
}
finally {
    [void][Contoso.Power]::SetThreadExecutionState($previous)
}
