$marker = 'C:\ProgramData\Contoso\agent.installed'
if (Test-Path -Path $marker {
    Write-Output 'agent already installed'
    return
}

# install step
Start-Process -FilePath msiexec.exe -ArgumentList '/i', 'C:\Temp\agent.msi', '/qn' -Wait
New-Item -Path $marker -ItemType File -Force | Out-Null
