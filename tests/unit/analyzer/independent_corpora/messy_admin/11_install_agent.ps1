# Deploy monitoring agent - paste into an elevated prompt on each box
Set-ExecutionPolicy Bypass -Scope Process -Force
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$url = "https://repo.contoso.com/agents/monagent-4.2.msi"
$msi = "$env:TEMP\monagent.msi"
$logFile = "$env:TEMP\monagent_install.log"

Invoke-WebRequest $url -OutFile $msi -UseBasicParsing
Start-Process msiexec.exe -ArgumentList "/i `"$msi`" /qn SERVER=mon01.contoso.com" -Wait

if ((Get-Service MonAgent -ErrorAction SilentlyContinue).Status -eq "Running") {
    Write-Output "agent installed OK"
} else {
    Write-Warning "agent did not start, check C:\ProgramData\MonAgent\install.log"
}
del $msi
