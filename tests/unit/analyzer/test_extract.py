"""Descriptive columns: purpose, parameter docs, command details, docs references, execution summary."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analysis, analyze


def test_purpose_comes_from_synopsis() -> None:
    assert analysis("clean_backup.ps1").purpose == "Backs up a folder to a dated zip archive and prunes old archives."


def test_purpose_falls_back_to_description_without_synopsis() -> None:
    result = analyze("<#\n.DESCRIPTION\n    Cleans the print queue.\n#>\nGet-Printer")
    assert result.purpose == "Cleans the print queue."


def test_purpose_is_derived_from_commands_without_help() -> None:
    result = analyze("""
        $services = Get-Service | Where-Object Status -eq Running
        $services | Export-Csv -Path .\\services.csv -NoTypeInformation
    """)
    assert result.purpose == "Gets services and exports them to CSV."


def test_derived_purpose_names_up_to_three_actions_and_skips_plumbing() -> None:
    result = analyze("""
        Write-Verbose 'start'
        $users = Get-ADUser -Filter 'Enabled -eq $false'
        $users | Select-Object -Property Name
        Disable-ADAccount -Identity $users[0]
        Restart-Service -Name Spooler
        Stop-Process -Name notepad
    """)
    assert result.purpose == "Gets Active Directory users, disables Active Directory accounts and restarts services."


def test_purpose_of_function_library_and_of_empty_script() -> None:
    assert analyze("function Get-A { 1 }\nfunction Get-B { 2 }").purpose == "Defines functions Get-A, Get-B."
    assert analyze("   \n").purpose == "Empty script."


def test_script_parameter_docs_include_type_default_mandatory_and_help() -> None:
    docs = {d["name"]: d for d in analysis("clean_backup.ps1").parameter_docs}
    assert docs["Source"] == {
        "name": "Source", "function": None, "type": "string", "mandatory": True, "default": None,
        "pipeline_input": None, "help": "Folder to back up.", "line": 20,
    }
    assert docs["RetentionDays"]["default"] == "30" and docs["RetentionDays"]["mandatory"] is False
    assert docs["RetentionDays"]["type"] == "int"


def test_function_parameter_docs_know_their_function_and_pipeline_input() -> None:
    docs = [d for d in analysis("clean_user_provisioning.ps1").parameter_docs if d["function"]]
    assert [(d["function"], d["name"]) for d in docs] == [
        ("ConvertTo-SamAccountName", "GivenName"), ("ConvertTo-SamAccountName", "Surname"),
    ]
    assert all(d["pipeline_input"] == "ByPropertyName" for d in docs)


def test_parameter_help_from_help_message_and_untyped_default() -> None:
    result = analyze("""
        function Get-Log {
            param(
                [Parameter(ValueFromPipeline = $true, HelpMessage = 'Log name to read')]
                $Name = 'System'
            )
            $Name
        }
    """)
    (doc,) = result.parameter_docs
    assert (doc["type"], doc["default"], doc["help"]) == ("object", "'System'", "Log name to read")
    assert doc["pipeline_input"] == "ByValue" and doc["function"] == "Get-Log"


def test_parameter_taking_both_kinds_of_pipeline_input() -> None:
    result = analyze("param([Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)][string]$Name)\n$Name")
    assert result.parameter_docs[0]["pipeline_input"] == "ByValue, ByPropertyName"


def test_command_details_group_aliases_with_their_cmdlet() -> None:
    result = analyze("gci C:\\x | sort Length\nGet-ChildItem -Path C:\\y\nfunction Get-Thing { 'x' }\nGet-Thing\nrobocopy C:\\a D:\\b /MIR\n& $dynamic")
    details = {d["resolved"]: d for d in result.command_details}
    assert set(details) == {"Get-ChildItem", "Sort-Object", "Get-Thing", "robocopy"}
    child = details["Get-ChildItem"]
    assert (child["name"], child["count"], child["written_as"], child["is_alias"]) == (
        "gci", 2, ["gci", "Get-ChildItem"], True)
    assert (child["module"], child["approved_verb"], child["first_line"]) == ("Microsoft.PowerShell.Management", True, 1)
    assert details["Get-Thing"]["defined_in_script"] is True and details["Get-Thing"]["module"] is None
    assert details["robocopy"]["approved_verb"] is None


def test_unapproved_verb_is_marked_in_command_details() -> None:
    details = {d["resolved"]: d for d in analysis("best_practice_violations.ps1").command_details}
    assert details["Fetch-Report"]["approved_verb"] is False


def test_docs_references_point_to_learn_pages_of_built_in_cmdlets() -> None:
    references = analyze("Get-ADUser -Identity jdoe\nmy-tool\nGet-CimInstance Win32_BIOS").ms_docs_references
    assert references == [
        {"cmdlet": "Get-ADUser", "module": "ActiveDirectory",
         "url": "https://learn.microsoft.com/powershell/module/activedirectory/get-aduser"},
        {"cmdlet": "Get-CimInstance", "module": "CimCmdlets",
         "url": "https://learn.microsoft.com/powershell/module/cimcmdlets/get-ciminstance"},
    ]


def test_execution_summary_lists_touched_areas_and_admin_guess() -> None:
    summary = analysis("security_tampering_persistence.ps1").execution_summary
    assert {"registry", "services", "scheduled_tasks", "firewall", "system"} <= set(summary["touches"])
    assert summary["requires_admin"] is True
    assert any(reason.startswith("Set-MpPreference") for reason in summary["admin_reasons"])
    assert summary["writes_hklm"] is True


def test_execution_summary_of_read_only_script() -> None:
    summary = analyze("Get-Process | Sort-Object -Property CPU -Descending | Select-Object -First 5").execution_summary
    assert summary["touches"] == ["processes"] and summary["requires_admin"] is False
    assert summary["destructive_operations"] == [] and summary["summary"] == "Works with processes."


def test_execution_summary_reports_destructive_operations_and_programs() -> None:
    summary = analyze("Remove-Item -Path C:\\Data -Recurse -Force\nnetsh interface show interface").execution_summary
    assert summary["destructive_operations"] == [
        {"command": "Remove-Item", "line": 1, "reason": "deletes files recursively without confirmation"}
    ]
    assert summary["external_programs"] == ["netsh"] and summary["requires_admin"] is True


def test_requires_run_as_administrator_is_an_admin_reason() -> None:
    summary = analyze("#Requires -RunAsAdministrator\nGet-Date").execution_summary
    assert summary["requires_admin"] is True and summary["admin_reasons"] == ["#Requires -RunAsAdministrator"]
