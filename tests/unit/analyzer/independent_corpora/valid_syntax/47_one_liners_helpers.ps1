# Small helpers kept on one line each, the way they sit in a team's snippets file.
function ConvertTo-Bool { param([string]$Value) process { $Value -match '^(1|true|yes|on)$' } }
function Get-Ordinal { param([int]$Number) switch ($Number % 10) { 1 { 'st' } 2 { 'nd' } 3 { 'rd' } default { 'th' } } }
function Format-Bytes { param([long]$Bytes) if ($Bytes -ge 1GB) { '{0:N1} GB' -f ($Bytes / 1GB) } elseif ($Bytes -ge 1MB) { '{0:N1} MB' -f ($Bytes / 1MB) } else { "$Bytes B" } }
function Test-Elevated { ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator) }

$settings = @{ Retry = 3; Delay = [timespan]'0:0:5'; Targets = @('a', 'b'); Nested = @{ Deep = @{ Value = $true } } }
$message = "Retry $($settings.Retry)x every $($settings.Delay.TotalSeconds)s on $(@($settings.Targets) -join '/') (deep: $($settings.Nested.Deep.Value))"
$summary = $(
    @"
$(Get-Date -Format s) $message
elevated: $(Test-Elevated)
"@
)
$flags = @(ConvertTo-Bool -Value 'yes'; ConvertTo-Bool -Value 'off')
Write-Output -InputObject $summary
Write-Output -InputObject ('{0}{1} and {2}' -f 21, (Get-Ordinal -Number 21), (Format-Bytes -Bytes 5GB))
Write-Output -InputObject $flags
