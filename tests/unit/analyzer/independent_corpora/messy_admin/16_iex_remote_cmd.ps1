# run an arbitrary command on a list of boxes and collect output
# usage: .\16_iex_remote_cmd.ps1 "ipconfig /all"
param($Command, $OutDir = "C:\temp\out")

$boxes = gc C:\Scripts\boxes.txt

foreach ($b in $boxes) {
    $sb = [scriptblock]::Create($Command)
    $res = Invoke-Command -ComputerName $b -ScriptBlock $sb -ErrorAction SilentlyContinue
    $res | Out-File "$OutDir\$b.txt"
}

# local copy too
$cmd = "$Command | Out-String"
iex $cmd > "$OutDir\local.txt"
Invoke-Expression "Get-Date"
