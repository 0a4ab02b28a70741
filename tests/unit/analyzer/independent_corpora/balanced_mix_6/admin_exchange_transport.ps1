param(
    [Parameter(Mandatory = $true)][string]$RuleName = 'External Disclaimer',
    [string]$Disclaimer,
    [switch]$Enable = $true
)

$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://exch01.corp.local/PowerShell/ -Authentication Kerberos
Import-PSSession $session -DisableNameChecking | Out-Null

$existing = Get-TransportRule -Identity $RuleName -ErrorAction SilentlyContinue
if ($existing -eq $null) {
    New-TransportRule -Name $RuleName -FromScope InOrganization -SentToScope NotInOrganization `
        -ApplyHtmlDisclaimerText $Disclaimer -ApplyHtmlDisclaimerFallbackAction Wrap
}
else {
    Set-TransportRule -Identity $RuleName -ApplyHtmlDisclaimerText $Disclaimer
}

if ($Enable) {
    Enable-TransportRule -Identity $RuleName
}
Remove-PSSession $session
