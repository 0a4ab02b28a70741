param(
    [string]$Subnet = '10.20.30',
    [int]$First = 1,
    [int]$Last = 254
)

$alive = New-Object System.Collections.Hashtable
$hosts = $First..$Last | ForEach-Object { "$Subnet.$_" }

foreach ($host in $hosts) {
    try {
        $reply = Test-Connection -ComputerName $host -Count 1 -Quiet -ErrorAction Stop
        if ($reply) {
            $alive[$host] = [System.Net.Dns]::GetHostEntry($host).HostName
        }
    }
    catch {
        # host did not answer or has no PTR record
    }
}

$input = Read-Host -Prompt 'Export results to CSV? (y/n)'
if ($input -eq 'y') {
    $alive.GetEnumerator() |
        Select-Object -Property Name, Value |
        Export-Csv -Path .\sweep.csv -NoTypeInformation
}
