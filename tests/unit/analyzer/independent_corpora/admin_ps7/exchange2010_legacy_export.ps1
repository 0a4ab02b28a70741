# Runs on the old Exchange 2010 box only (Windows PowerShell 2.0+ with the Exchange snap-in).
Add-PSSnapin Microsoft.Exchange.Management.PowerShell.E2010 -ErrorAction Stop
Add-Type -AssemblyName System.Web.Extensions

$serializer = New-Object System.Web.Script.Serialization.JavaScriptSerializer
$serializer.MaxJsonLength = [int]::MaxValue

$mailboxes = Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress, Database
$json = $serializer.Serialize(@($mailboxes | ForEach-Object {
    @{ name = $_.DisplayName; smtp = [string]$_.PrimarySmtpAddress; db = [string]$_.Database }
}))
Set-Content -Path 'C:\Exports\mailboxes.json' -Value $json -Encoding UTF8

$proxy = New-WebServiceProxy -Uri 'http://cmdb.contoso.local/Service.asmx?WSDL' -UseDefaultCredential
$proxy.UploadMailboxInventory($json)

workflow Sync-MailboxQuota {
    param([string[]]$Identities)
    foreach -parallel ($id in $Identities) {
        Set-Mailbox -Identity $id -UseDatabaseQuotaDefaults $true
    }
}
