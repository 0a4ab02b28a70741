# Logon script: map printers by department (GPO user logon script)
$dept = ([adsisearcher]"(samaccountname=$env:USERNAME)").FindOne().Properties.department
$printServer = '\\PRN01'

switch ($dept) {
    'Finance'   { $printers = 'FIN-HP-01', 'FIN-HP-02' }
    'Marketing' { $printers = 'MKT-COLOR-01' }
    default     { $printers = 'GEN-HP-01' }
}

function Map-Printers {
    param([string[]]$Names)
    foreach ($p in $Names) {
        try {
            Add-Printer -ConnectionName "$printServer\$p" -ErrorAction Stop
        }
        catch {
        }
    }
}

Map-Printers $printers
$first = $printers[0]
(New-Object -ComObject WScript.Network).SetDefaultPrinter("$printServer\$first")
