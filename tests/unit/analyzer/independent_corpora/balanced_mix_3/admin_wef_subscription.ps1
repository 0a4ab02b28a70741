<#
.SYNOPSIS
    Configures a Windows Event Forwarding collector and its source-initiated subscription.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$SubscriptionName,
    [string]$SourceGroupSddl = 'O:NSG:BAD:P(A;;GA;;;DC)S:',
    [string[]]$Channels = @('Security', 'System')
)

$ErrorActionPreference = 'Stop'

& wecutil.exe qc /q
Set-Service -Name Wecsvc -StartupType Automatic

$queryItems = foreach ($c in $Channels) {
    "<Select Path=`"$c`">*[System[(Level=1 or Level=2 or Level=3)]]</Select>"
}
$xml = @"
<Subscription xmlns="http://schemas.microsoft.com/2006/03/windows/events/subscription">
  <SubscriptionId>$SubscriptionName</SubscriptionId>
  <SubscriptionType>SourceInitiated</SubscriptionType>
  <Enabled>true</Enabled>
  <Query><![CDATA[<QueryList><Query Id="0">$($queryItems -join '')</Query></QueryList>]]></Query>
  <AllowedSourceDomainComputers>$SourceGroupSddl</AllowedSourceDomainComputers>
</Subscription>
"@

$file = Join-Path $env:TEMP "$SubscriptionName.xml"
$xml | Out-File -FilePath $file -Encoding utf8
& wecutil.exe cs $file
Remove-Item -Path $file
Write-Verbose "Subscription $SubscriptionName created"
