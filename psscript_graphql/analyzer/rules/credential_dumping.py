"""PSCredentialDumping (T1003): Mimikatz, LSASS memory dumps (procdump, comsvcs MiniDump, MiniDumpWriteDump,
any binary's `-ma` aimed at LSASS), SAM/SECURITY/SYSTEM hive saves, `ntdsutil … ifm`, ntds.dit copies and
Kerberoasting. A tool only named in a message (`Write-Warning 'MiniDumpWriteDump failed'`) is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psscript_graphql.analyzer.commands import Command
from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import assigned_values, lines_only_in_messages, search_findings
from psscript_graphql.analyzer.rules.indicator_data import without_data_lines

SECURITY = Category.SECURITY
_VARIABLE = re.compile(r"\$(\w+)")

_DUMPING = re.compile(
    rb"(?i)\bmimikatz\b|invoke-mimikatz|sekurlsa::|lsadump::|kerberos::golden|out-minidump|minidumpwritedump"
    rb"|\bprocdump(?:64)?(?:\.exe)?\b[^\n]*\blsass|\bcomsvcs(?:\.dll)?\b[^\n]*(?:\bminidump|#24\b)"
    rb"|\breg(?:\.exe)?[ \t]+save[ \t]+['\"]?hklm\\(?:sam|security|system)\b|invoke-(?:kerberoast|dcsync)\b"
    rb"|\bntdsutil(?:\.exe)?\b[^\n]*\bifm\b|\bkerberosrequestorsecuritytoken\b"
    # ntds.dit or the SAM/SECURITY hive files copied (only possible from a shadow copy or with esentutl /vss)
    rb"|(?:\b(?:copy|copy-item|cpi|cp|xcopy|robocopy|esentutl)(?:\.exe)?\b|::copy\s*\()"
    rb"[^\n]*?(?:\bntds\.dit\b|\\config\\(?:sam|security)\b)"
)
# The URL a tool is fetched from (`DownloadString('https://…/Invoke-Mimikatz.ps1')`) names it; the script uses it
# where it calls it (`Invoke-Mimikatz -Command …`), when it does.
_URL = re.compile(rb"(?i)\b(?:https?|ftp)://[^\s'\"`)]+")
# A P/Invoke declaration (`extern bool MiniDumpWriteDump(…)`) only declares what a later call does.
_DUMP_DECLARATION = re.compile(rb"(?i)\bextern\b[^\n]*?\bminidumpwritedump\b")

_FULL_DUMP = re.compile(rb"(?i)\bprocdump(?:64)?(?:\.exe)?\b[^\n]*[ \t]-ma\b|\bcomsvcs(?:\.dll)?\b[^\n]*\bminidump\b")
_DUMPING_NEEDLES = (b"mimikatz", b"sekurlsa", b"lsadump", b"kerberos::", b"minidump", b"procdump", b"comsvcs",
                    b"hklm\\sam", b"hklm\\security", b"hklm\\system", b"kerberoast", b"dcsync", b"ntdsutil",
                    b"kerberosrequestorsecuritytoken", b"ntds.dit", b"\\config\\sam", b"\\config\\security")


def avoid_credential_dumping(tree: ScriptTree) -> Iterator[Finding]:
    """PSCredentialDumping: dumping LSASS or the SAM hive steals every credential cached on the machine."""
    hint = "Remove it; credential dumping has no place in administration scripts."
    lines: set[int] = set()
    findings = list(search_findings(tree, _DUMPING, rule="PSCredentialDumping", severity=Severity.CRITICAL,
                                    message="The script uses a credential-dumping technique or tool.", hint=hint,
                                    needles=_DUMPING_NEEDLES))
    # A hunt's indicator list or a log search pattern (`'sekurlsa::logonpasswords'`) names the tool, not uses it.
    findings = list(without_data_lines(tree, findings, _DUMPING, cleanup=True))
    told = lines_only_in_messages(tree, _DUMPING, _DUMPING_NEEDLES) if findings else set()
    findings = [f for f in findings if f.line not in told]
    declarations = {f.line for f in findings if _only_declares_dump(tree.line_text(f.line).encode())}
    if declarations and any(f.line not in declarations and b"minidumpwritedump" in tree.line_text(f.line).lower().encode()
                            for f in findings):
        findings = [f for f in findings if f.line not in declarations]  # one fact: reported where it is called
    fetched = {f.line for f in findings if _only_in_urls(tree.line_text(f.line).encode())}
    if fetched and any(f.line not in fetched for f in findings):
        findings = [f for f in findings if f.line not in fetched]  # one fact: the tool is reported where it runs
    for finding in findings:
        lines.add(finding.line)
        yield finding
    if not tree.mentions(b"lsass"):
        return
    # `$id = (Get-Process lsass).Id` … `procdump -ma $id`: the dump names LSASS through a variable.
    told |= lines_only_in_messages(tree, _FULL_DUMP, (b"procdump", b"minidump"))
    full_dumps = search_findings(tree, _FULL_DUMP, rule="PSCredentialDumping", severity=Severity.CRITICAL,
                                 message="A full memory dump is taken in a script that looks up LSASS.", hint=hint,
                                 needles=(b"procdump", b"minidump"))
    for finding in without_data_lines(tree, full_dumps, _FULL_DUMP, cleanup=True):
        if finding.line not in lines and finding.line not in told:
            lines.add(finding.line)
            yield finding
    # A renamed procdump (`& .\pd.exe -ma $lsass.ProcessId`): whatever the binary, `-ma` aimed at LSASS.
    for call in tree.commands_mentioning(b"-ma"):
        if call.line not in lines and _full_dump_of_lsass(tree, call):
            lines.add(call.line)
            yield Finding.at(call, rule="PSCredentialDumping", severity=Severity.CRITICAL,
                             message=f"{call.name} takes a full memory dump (-ma) of LSASS.", hint=hint,
                             category=SECURITY)
    # `$dll = "$env:SystemRoot\System32\comsvcs.dll"` … `rundll32 $dll, MiniDump $lsass.Id $out full`.
    for call in tree.commands_mentioning(b"minidump", b"#24"):
        if call.program == "rundll32" and call.line not in lines and _comsvcs_through_variable(tree, call):
            lines.add(call.line)
            yield Finding.at(call, rule="PSCredentialDumping", severity=Severity.CRITICAL,
                             message="rundll32 runs comsvcs.dll's MiniDump on LSASS.", hint=hint, category=SECURITY)


def _full_dump_of_lsass(tree: ScriptTree, call: Command) -> bool:
    """`-ma lsass.exe`, `-ma (Get-Process lsass).Id` or `-ma $id` where the script assigned `$id` from LSASS."""
    target = call.value_of("ma")
    if target is None:
        return False
    text = target.text.lower()
    if "lsass" in text:
        return True
    from_lsass = tree.cached("attacks:lsass-variables", lambda: {
        a.variable for a in tree.assignments() if a.variable and "lsass" in a.value.lower()})
    return any(name.lower() in from_lsass for name in _VARIABLE.findall(text))


_MINIDUMP_EXPORT = re.compile(r"(?i)(?:^|[\s,'\"])(?:minidump|#24)\b")


def _comsvcs_through_variable(tree: ScriptTree, call: Command) -> bool:
    """rundll32 calls comsvcs.dll's MiniDump export (by name or ordinal #24) with the DLL's path in a variable."""
    text = call.arguments_text
    if _MINIDUMP_EXPORT.search(text) is None:
        return False
    values = assigned_values(tree)
    return any("comsvcs" in value.lower() for name in _VARIABLE.findall(text) for value in values.get(name.lower(), ()))


def _only_declares_dump(line: bytes) -> bool:
    """The line's only dumping text is a MiniDumpWriteDump P/Invoke declaration."""
    return _DUMP_DECLARATION.search(line) is not None and _DUMPING.search(_DUMP_DECLARATION.sub(b"", line)) is None


def _only_in_urls(line: bytes) -> bool:
    """Every dumping text of the line is part of a URL (a download of the tool, not its use)."""
    return _URL.search(line) is not None and _DUMPING.search(_URL.sub(b" ", line)) is None
