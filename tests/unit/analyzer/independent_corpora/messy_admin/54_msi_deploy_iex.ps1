param(
    $Package = "\\deploy01\msi\reader_dc.msi",
    $LogDir = "C:\Windows\Temp",
    $Transform
)

$args = "/i `"$Package`" /qn /norestart /l*v `"$LogDir\reader.log`""
$cmdline = "msiexec.exe " + $args
Invoke-Expression "& cmd /c $cmdline"

$rc = $LASTEXITCODE
if ($rc -eq 3010) { echo "reboot needed" }
elseif ($rc -ne 0) { echo "install failed ($rc)"; exit $rc }

Get-Service -ComputerName . -Name AdobeARMservice -ErrorAction SilentlyContinue | Set-Service -StartupType Manual
