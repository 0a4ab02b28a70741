# map the department drives and push the printer fix with psexec
# (yes the password is in here, it's a service account, it's fine - Gary)

net use S: \\fs01\shared /persistent:yes
net use T: \\fs01\transfer Tr@nsf3r! /user:CONTOSO\svc_transfer

$targets = Get-Content .\printer_fix_targets.txt
foreach ($t in $targets) {
    & C:\Tools\PsExec.exe \\$t -u CONTOSO\svc_deploy -p "D3ploy#99" -accepteula cmd /c "rundll32 printui.dll,PrintUIEntry /ga /n\\print01\Floor2"
}
