# Microsoft.PowerShell_profile.ps1 - loaded for every interactive session
if ($Host.Name -ne 'ConsoleHost') { return }

$global:ProjectRoot = 'D:\src'
$PSDefaultParameterValues['Out-File:Encoding'] = 'utf8'
$PSDefaultParameterValues['*:Verbose'] = $false
$global:ErrorView = 'ConciseView'

Import-Module -Name posh-git -ErrorAction SilentlyContinue
if (Get-Module -Name PSReadLine) {
    Set-PSReadLineOption -EditMode Windows -HistoryNoDuplicates -BellStyle None
    Set-PSReadLineKeyHandler -Key Ctrl+d -Function DeleteCharOrExit
    Set-PSReadLineKeyHandler -Chord 'Ctrl+Shift+j' -ScriptBlock {
        [Microsoft.PowerShell.PSConsoleReadLine]::Insert('| ConvertTo-Json -Depth 5')
    }
}

function prompt {
    $location = $executionContext.SessionState.Path.CurrentLocation.Path
    if ($location.StartsWith($global:ProjectRoot, [StringComparison]::OrdinalIgnoreCase)) {
        $location = '~src' + $location.Substring($global:ProjectRoot.Length)
    }
    $mark = if (Test-Path -Path Variable:\LASTEXITCODE) { if ($LASTEXITCODE) { '!' } else { '' } } else { '' }
    "PS $location$mark$('>' * ($NestedPromptLevel + 1)) "
}

Set-Alias -Name np -Value notepad.exe
function Enter-Project([string]$Name) { Set-Location -Path (Join-Path -Path $global:ProjectRoot -ChildPath $Name) }
