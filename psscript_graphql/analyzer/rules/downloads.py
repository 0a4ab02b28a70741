"""Security rules for what a script fetches from the network and runs (ATT&CK T1105, T1218): download
cradles in their many spellings, WebClient downloads, files downloaded and then started, signed
Windows programs that run remote content, and cradles written as command lines in strings.

These have no PSScriptAnalyzer counterpart; ids follow its `PS<Name>` style.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from psscript_graphql.analyzer.commands import ArgKind, Command
from psscript_graphql.analyzer.findings import Category, Finding, Severity, shorten
from psscript_graphql.analyzer.intervals import IntervalIndex
from psscript_graphql.analyzer.model import Span
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import SHELL_PROGRAMS, assigned_values, reaches_execution, string_index
from psscript_graphql.analyzer.rules.indicator_data import in_data_string

SECURITY = Category.SECURITY
_DOWNLOAD_MEMBERS = frozenset(
    {"downloadstring", "downloaddata", "downloadfile", "openread", "downloadstringtaskasync",
     "downloaddatataskasync", "downloadfiletaskasync", "getstringasync", "getbytearrayasync", "getresponse"}
)
_WEB_CLIENT_MEMBERS = _DOWNLOAD_MEMBERS - {"getstringasync", "getbytearrayasync", "getresponse"}
_WEB_COMMANDS = ("Invoke-WebRequest", "Invoke-RestMethod", "Start-BitsTransfer")
_EXECUTORS = frozenset(
    {"start-process", "invoke-item", "cmd", "rundll32", "regsvr32", "msiexec", "mshta", "wscript", "cscript",
     *SHELL_PROGRAMS}
)
_RUNNABLE = re.compile(r"(?i)\.(?:exe|ps1|bat|cmd|msi|dll|vbs|js|hta|scr)\b")


def avoid_download_cradle(tree: ScriptTree) -> Iterator[Finding]:
    """PSDownloadCradle: downloading text and executing it in memory is the classic malware stager."""
    yield from tree.cached("download_cradles", lambda: list(_download_cradles(tree)))


def _download_cradles(tree: ScriptTree) -> Iterator[Finding]:
    hint = "Download to a file, verify its signature or hash, then run it by path."
    reported: set[int] = set()
    sources: list[tuple[str, Span]] = [
        (f".{name}()", m) for m in tree.member_invocations() if (name := _download_member(m.name, m.target))
    ]
    sources += [(c.name, c) for c in tree.commands_named(*_WEB_COMMANDS, "certutil", "bitsadmin")]
    sources += _com_http_responses(tree)
    for label, source in sources:
        sink = reaches_execution(tree, source.start, source.end)
        if sink is not None and sink.start not in reported:
            reported.add(sink.start)
            yield Finding.at(source, rule="PSDownloadCradle", severity=Severity.CRITICAL,
                             message=f"Content downloaded with {label} is executed by {sink.what}.", hint=hint,
                             category=SECURITY)


_INVOKED_MEMBER = re.compile(r"\.\s*(\w+)\s*$")


def _download_member(name: str, target: str) -> str | None:
    """The download method called: `$wc.DownloadString(…)`, or the method object invoked,
    `$wc.DownloadString.Invoke(…)` (what `$wc.('Down' + 'loadString').Invoke(…)` folds to)."""
    if name.lower() in _DOWNLOAD_MEMBERS:
        return name
    if name.lower() == "invoke" and (match := _INVOKED_MEMBER.search(target)) is not None and (
            match.group(1).lower() in _DOWNLOAD_MEMBERS):
        return match.group(1)
    return None


_COM_HTTP = re.compile(rb"(?i)\b(?:msxml2\.(?:server)?xmlhttp|microsoft\.xmlhttp|winhttp\.winhttprequest)\b")
_COM_BROWSER = re.compile(rb"(?i)\binternetexplorer\.application\b")
_COM_CLIENTS = (
    (_COM_HTTP, (b"xmlhttp", b"winhttprequest"), b".response", rb")\.(response(?:text|body|stream))\b"),
    (_COM_BROWSER, (b"internetexplorer.application",), b".document",
     rb")\.document(?:\.(?:body|documentelement))?\.((?:inner|outer)(?:text|html))\b"),
)


def _com_http_responses(tree: ScriptTree) -> list[tuple[str, Span]]:
    """`$h.responseText` / `.responseBody` of a variable holding a COM HTTP client (`New-Object -ComObject
    Msxml2.XMLHTTP`, `WinHttp.WinHttpRequest.5.1`), and `$ie.Document.body.innerText` of a hidden Internet
    Explorer (`InternetExplorer.Application`): the downloaded content, read where it is used."""
    found: list[tuple[str, Span]] = []
    for kind, names, needle, tail in _COM_CLIENTS:
        if not tree.mentions(*names):
            continue
        # The class names' offsets, then the variables whose assigned value holds one (no decoding of every value).
        offsets = [offset for _, offset in tree.search(kind, needles=names)]
        clients = {a.variable for a in tree.assignments()
                   if a.variable and _holds_any(offsets, a.value_start, a.value_end)}
        if not clients:
            continue
        pattern = re.compile(rb"(?i)\$(" + b"|".join(re.escape(v.encode()) for v in sorted(clients)) + tail)
        found += [(f".{match.group(2).decode()}", Span(start=match.start(), end=match.end(), tree=tree))
                  for match, _ in tree.search(pattern, needles=(needle,))]
    return found


def _holds_any(offsets: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(offsets, start)
    return index < len(offsets) and offsets[index] < end


# Signed Windows programs that fetch and run remote script or installer content (ATT&CK T1218). An inline
# `javascript:`/`vbscript:` script is remote content only when it fetches a URL (`GetObject("script:http://…")`,
# `iwr http://…`); `mshta vbscript:Execute(… powershell -f C:\x.ps1 …)` runs a local file.
_PROXY_EXECUTORS = frozenset({"regsvr32", "mshta", "msiexec", "rundll32"})
_REMOTE = re.compile(r"(?i)(?:https?|ftp)://")


_CRADLE_IN_TEXT = re.compile(
    rb"(?i)(?:\b|(?<=`[nrt]))(?:iex|invoke-expression)\b[^\n]{0,200}?"  # also after a `n escape in the string
    rb"(?:\.download(?:string|data)\b|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod|curl|wget)\b)"
    rb"|(?:\.download(?:string|data)\b|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod)\b)[^\n]{0,200}?\|\s*"
    rb"(?:iex|invoke-expression)\b"
)


_DOWNLOAD_WORDS = (b"download", b"iwr", b"irm", b"invoke-webrequest", b"invoke-restmethod", b"curl", b"wget")


def _lines_with_both(lower: bytes, first: tuple[bytes, ...], second: tuple[bytes, ...]) -> list[tuple[int, int]]:
    """(start, end) of the lines holding a word of `first` and one of `second`, found with substring scans:
    a case-insensitive alternation over a whole 1 MiB script costs far more."""
    if not any(word in lower for word in second):
        return []  # no line can hold both: the lines of `first` (every `Invoke-Expression`) are not read one by one
    lines: dict[int, int] = {}
    for needle in first:
        position = lower.find(needle)
        while position >= 0:
            start = lower.rfind(b"\n", 0, position) + 1
            if start not in lines:
                end = lower.find(b"\n", position)
                lines[start] = len(lower) if end < 0 else end
            position = lower.find(needle, lines[start])
    return sorted((start, end) for start, end in lines.items()
                  if any(lower.find(word, start, end) >= 0 for word in second))


def avoid_download_cradle_in_text(tree: ScriptTree) -> Iterator[Finding]:
    """PSDownloadCradle: a cradle written as text for another process to run — `powershell -c "IEX (New-Object
    Net.WebClient).DownloadString(…)"`, a scheduled task's action, a line planted in $PROFILE."""
    candidates = _lines_with_both(tree.lower, (b"iex", b"invoke-expression"), _DOWNLOAD_WORDS)
    proxies = _lines_with_both(tree.lower, _PROXY_WORDS, (b"://",))
    if not candidates and not proxies:
        return
    cradle_lines = {f.line for f in avoid_download_cradle(tree)}  # computed once per tree
    strings = string_index(tree)
    yield from _proxy_execution_in_text(tree, proxies, strings, cradle_lines)
    for start, end in candidates:
        match = _CRADLE_IN_TEXT.search(tree.source, start, end)
        # `& iex 'IEX (New-Object Net.WebClient).DownloadString(…)'` (folded): the leftmost match starts at
        # the command, outside the string; the cradle is the string's own text.
        while match is not None and not strings.contains(match.start()):
            match = _CRADLE_IN_TEXT.search(tree.source, match.start() + 1, end)
        if match is None:
            continue
        line, column = tree.position(match.start())
        if line not in cradle_lines and strings.contains(match.start()) and not in_data_string(tree, match.start(),
                                                                                                match.end()):
            cradle_lines.add(line)
            yield Finding("PSDownloadCradle", Severity.CRITICAL,
                          "A command line in a string downloads content and runs it with Invoke-Expression.", line,
                          column, "Ship a signed script file instead of a download-and-run command line.", SECURITY,
                          shorten(tree.line_text(line)))


_PROXY_WORDS = (b"mshta", b"regsvr32", b"rundll32", b"msiexec")
_PROXY_IN_TEXT = re.compile(
    rb"(?i)\b(?:mshta|regsvr32|rundll32|msiexec)(?:\.exe)?\b[^\n]{0,200}?(?:https?|ftp)://"
)
_MESSAGE_LINE = re.compile(r"(?i)^\s*(?:write-\w+|echo|throw)\b")


def _proxy_execution_in_text(tree: ScriptTree, lines: list[tuple[int, int]], strings: IntervalIndex,
                             reported: set[int]) -> Iterator[Finding]:
    """`schtasks /tr "mshta.exe http://…"`: a signed proxy that runs remote content, in a command line written
    as a string for a task, a Run key or another process (a message that only names it is no finding)."""
    for start, end in lines:
        match = _PROXY_IN_TEXT.search(tree.source, start, end)
        if match is None or not strings.contains(match.start()) or in_data_string(tree, match.start(), match.end()):
            continue  # not in a string, or a string that is only searched for (a hunt's indicator)
        line, column = tree.position(match.start())
        if line not in reported and not _MESSAGE_LINE.match(tree.line_text(line)):
            reported.add(line)
            yield Finding("PSDownloadCradle", Severity.CRITICAL,
                          "A command line in a string runs remote content through a signed Windows program.", line,
                          column, "Ship a signed script file instead of a download-and-run command line.", SECURITY,
                          shorten(tree.line_text(line)))


def avoid_proxy_execution_of_remote_content(tree: ScriptTree) -> Iterator[Finding]:
    """PSDownloadCradle: `regsvr32 /i:http://…/x.sct scrobj.dll`, `mshta http://…`, `msiexec /i http://…`,
    `rundll32 javascript:…GetObject("script:http://…")` download and run code in one step, like an in-memory
    cradle; also with the URL in a variable the script assigns once (`/i:$c2/x.sct`), and started by
    `Start-Process msiexec -ArgumentList '/i …'`."""
    hint = "Install software through a managed deployment; never run remote scriptlets."
    for call in tree.commands():
        if call.program in _PROXY_EXECUTORS and _REMOTE.search(_with_constants(tree, call.arguments_text)):
            yield Finding.at(call, rule="PSDownloadCradle", severity=Severity.CRITICAL,
                             message=f"{call.name} downloads remote content and runs it.", hint=hint,
                             category=SECURITY)
    for call in tree.commands_named("Start-Process"):
        program = call.value_of("FilePath", prefix=1, position=0)
        name = program.value.strip().lower().replace("/", "\\").rsplit("\\", 1)[-1] if program is not None else ""
        arguments = call.value_of("ArgumentList", "Args", prefix=1, position=1)
        if (name.removesuffix(".exe") in _PROXY_EXECUTORS and arguments is not None
                and _REMOTE.search(_with_constants(tree, arguments.text))):
            yield Finding.at(call, rule="PSDownloadCradle", severity=Severity.CRITICAL,
                             message=f"Start-Process runs {program.value.strip()}, which downloads remote content "
                                     "and runs it.", hint=hint, category=SECURITY)


_VARIABLE_READ = re.compile(r"\$(?:\{(\w+)\}|(\w+))")


def _with_constants(tree: ScriptTree, text: str) -> str:
    """`text` with each variable the script assigns exactly once to a literal replaced by that literal
    (`$c2 = 'http://…'` then `/i:$c2/files/update.sct`); other variables stay as written."""
    if "$" not in text:
        return text
    values = assigned_values(tree)

    def literal(match: re.Match[str]) -> str:
        found = values.get((match.group(1) or match.group(2)).lower())
        value = found[0].strip() if found is not None and len(found) == 1 else ""
        if len(value) >= 2 and value[0] == value[-1] == "'":
            return value[1:-1].replace("''", "'")
        if len(value) >= 2 and value[0] == value[-1] == '"' and not any(c in value for c in "$`"):
            return value[1:-1]
        return match.group(0)

    return _VARIABLE_READ.sub(literal, text)


def avoid_web_client_download(tree: ScriptTree) -> Iterator[Finding]:
    """PSNetWebClientDownload: Net.WebClient downloads bypass proxy/TLS policy of the web cmdlets and are how
    most droppers fetch payloads; each one deserves a look even when nothing runs it directly."""
    for member in tree.member_invocations():
        # [IO.File]::OpenRead is a file, and HttpClient's Get*Async calls an API: only WebClient instances count.
        name = _download_member(member.name, member.target)
        if (name is not None and name.lower() in _WEB_CLIENT_MEMBERS and not member.static
                and reaches_execution(tree, member.start, member.end) is None):
            yield Finding.at(member, rule="PSNetWebClientDownload", severity=Severity.WARNING,
                             message=f"Remote content is downloaded with .{name}().",
                             hint="Prefer Invoke-WebRequest -OutFile with an https URL, and verify what you fetched.",
                             category=SECURITY)


def avoid_download_and_execute(tree: ScriptTree) -> Iterator[Finding]:
    """PSDownloadAndExecute: a file fetched from the network and then started runs unverified code."""
    downloads: list[tuple[Span, str | None]] = []
    for call in tree.commands_named("Invoke-WebRequest", "Invoke-RestMethod", "Start-BitsTransfer"):
        destination = call.value_of("OutFile", "Destination", prefix=3)
        if call.resolved_lower == "start-bitstransfer" or destination is not None:
            downloads.append((call, destination.text if destination is not None else None))
    # `certutil -urlcache -split -f URL file` and `bitsadmin /transfer job URL file`: the file is the last word.
    for call in tree.commands_named("certutil", "bitsadmin"):
        last = call.arguments[-1] if call.arguments else None
        if (last is not None and last.kind is not ArgKind.PARAMETER and not _REMOTE.search(last.text)
                and any(_REMOTE.search(a.text) for a in call.arguments)):
            downloads.append((call, last.text))
    downloads += _native_tool_downloads(tree)
    for member in tree.member_invocations():
        if member.name.lower() in ("downloadfile", "downloadfiletaskasync"):
            arguments = tree.text_of_span(member)
            downloads.append((member, arguments.rsplit(",", 1)[-1].strip(" )") if "," in arguments else None))
    if not downloads:
        return
    executions = [c for c in tree.commands() if _executes(c)]
    checks = [c for c in tree.commands_named(*_VERIFIERS)]
    for download, destination in downloads:
        naming = _naming(_reference(destination))
        for call in executions:
            if call.start > download.start and (naming is None or naming.search(call.text.lower())):
                if naming is not None and any(download.start < check.start < call.start
                                              and naming.search(check.text.lower()) for check in checks):
                    break  # the file's signature or hash is checked before it runs, as the hint asks
                yield Finding.at(download, rule="PSDownloadAndExecute", severity=Severity.ERROR,
                                 message=f"A downloaded file is executed on line {call.line}.",
                                 hint="Verify the file's Authenticode signature or hash before running it.",
                                 category=SECURITY)
                break


_VERIFIERS = ("Get-AuthenticodeSignature", "Get-FileHash", "Test-FileCatalog")
# The native tools' output-file options (case matters: curl's -O and wget's -o mean something else).
_OUTPUT_OPTIONS = {"curl": ("-o", "--output"), "wget": ("-O", "--output-document")}


def _native_tool_downloads(tree: ScriptTree) -> list[tuple[Span, str | None]]:
    """`curl.exe -s -o $out https://…`, `wget -O stage.ps1 http://…`: a URL saved to the file after the output
    option (`curl` as PowerShell's Invoke-WebRequest alias is the cmdlet, handled with -OutFile)."""
    found: list[tuple[Span, str | None]] = []
    for call in tree.commands():
        options = _OUTPUT_OPTIONS.get(call.program)
        if options is None or call.resolved_lower == "invoke-webrequest":
            continue
        arguments = call.arguments
        for index, argument in enumerate(arguments[:-1]):
            following = arguments[index + 1]
            if (argument.kind is ArgKind.PARAMETER and argument.text in options
                    and following.kind is not ArgKind.PARAMETER and not _REMOTE.search(following.text)
                    and any(_REMOTE.search(a.text) for a in arguments)):
                found.append((call, following.text))
                break
    return found


def _executes(call: Command) -> bool:
    return (
        call.resolved_lower in _EXECUTORS or call.program in _EXECUTORS
        or (call.invocation_operator == "&" and not call.name.startswith("{"))
        or bool(_RUNNABLE.search(call.name))
    )


def _naming(reference: str | None) -> re.Pattern[str] | None:
    """A command text names the file or variable where this matches: `a.exe` in `c:\\x\\a.exe`, not in
    `mshta.exe` (compiled once per download, then asked of every later command)."""
    return re.compile(r"(?<![\w.-])" + re.escape(reference) + r"(?![\w-])") if reference else None


def _reference(destination: str | None) -> str | None:
    """What a later command would contain when it uses the destination: the variable or the file name."""
    if not destination:
        return None
    text = destination.strip().strip("'\"").lower()
    if text.startswith("$") and re.search(r"[\\/][\w.-]+$", text):
        return re.split(r"[\\/]", text)[-1]  # "$stage\t.exe": the file's name, not the folder's variable
    if text.startswith("$"):
        return re.split(r"[^\w$:]", text, maxsplit=1)[0] if len(text) > 1 else None
    name = re.split(r"[\\/]", text)[-1]
    return name or None


RULES = (
    avoid_download_cradle,
    avoid_proxy_execution_of_remote_content,
    avoid_download_cradle_in_text,
    avoid_web_client_download,
    avoid_download_and_execute,
)
