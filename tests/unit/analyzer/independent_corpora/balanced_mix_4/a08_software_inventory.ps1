# Software inventory -> CSV on the share. Quick and dirty, runs from my workstation
$computers = 'WKS-0101', 'WKS-0102', 'WKS-0140', 'LAB-07'
$out = @()
foreach ($pc in $computers) {
    if (Test-Connection $pc -Count 1 -Quiet) {
        $apps = Get-WmiObject -Class Win32_Product -ComputerName $pc
        $os = Get-WmiObject Win32_OperatingSystem -ComputerName $pc
        foreach ($app in $apps) {
            $out += New-Object PSObject -Property @{
                Computer = $pc
                OS       = $os.Caption
                Name     = $app.Name
                Version  = $app.Version
                Vendor   = $app.Vendor
            }
        }
    }
    else {
        Write-Warning "$pc offline"
    }
}
$out | Sort-Object Computer, Name | Export-Csv \\FS01\it$\inventory\software.csv -NoTypeInformation
