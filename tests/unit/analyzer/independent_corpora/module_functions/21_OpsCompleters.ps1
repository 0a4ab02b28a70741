# Tab completion for the ops toolbox; dot-sourced from the team profile.

$serverListPath = Join-Path -Path $env:APPDATA -ChildPath 'ops\servers.txt'

$serverCompleter = {
    param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)

    Get-Content -Path $serverListPath |
        Where-Object { $_ -like "$wordToComplete*" } |
        ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
}

function Connect-OpsServer {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [ArgumentCompleter({
            param($cmd, $param, $word)
            'web01', 'web02', 'sql01' | Where-Object { $_ -like "$word*" }
        })]
        [string]$Server,

        [pscredential]$Credential
    )

    Enter-PSSession -ComputerName $Server -Credential $Credential
}

Register-ArgumentCompleter -CommandName Connect-OpsServer, Invoke-OpsCommand -ParameterName Server -ScriptBlock $serverCompleter
