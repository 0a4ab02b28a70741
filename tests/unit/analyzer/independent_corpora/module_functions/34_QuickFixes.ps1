# quick one-off fixes collected from the helpdesk wiki; run as needed
$ErrorActionPreference = 'Stop';
$logFile = "C:\Temp\quickfix.log";

function Repair-PrintSpooler {
    Stop-Service -Name Spooler -Force;
    Remove-Item -Path "$env:SystemRoot\System32\spool\PRINTERS\*" -Force -ErrorAction SilentlyContinue;
    Start-Service -Name Spooler;
    Add-Content -Path $logFile -Value "$(Get-Date -Format s) spooler reset";
}

function Clear-TeamsCache{
    $cache=Join-Path -Path $env:APPDATA -ChildPath 'Microsoft\Teams'
    if(Test-Path -Path $cache){
        Get-Process -Name Teams -ErrorAction SilentlyContinue|Stop-Process -Force
        Get-ChildItem -Path $cache -Include 'Cache', 'blob_storage', 'databases', 'GPUCache', 'IndexedDB', 'Local Storage', 'tmp' -Recurse -Directory | Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
        Add-Content -Path $logFile -Value "$(Get-Date -Format s) teams cache cleared"
    }
}

switch ($args[0]) {
    'spooler' { Repair-PrintSpooler }
    'teams'   { Clear-TeamsCache }
    default   { Write-Output "usage: QuickFixes.ps1 spooler|teams" }
}
