"""Word lists behind the feature-hashing embedder: aliases, stop words, synonyms, noise.

Kept apart from `features.py` so the lists can grow without touching the algorithm. Changing a
list changes the vectors: bump `FeatureHashingProvider.model` when you do, so stored vectors of
the old vocabulary are recomputed rather than compared with new ones.
"""

from __future__ import annotations

# Built-in aliases (lower-case keys) to the cmdlet they run, spelled in cmdlet case so the noun
# splits on CamelCase; enough to make `gci | ? {..} | rm` and
# `Get-ChildItem | Where-Object {..} | Remove-Item` embed alike.
ALIASES: dict[str, str] = {
    "%": "ForEach-Object", "?": "Where-Object", "foreach": "ForEach-Object", "where": "Where-Object",
    "select": "Select-Object", "sort": "Sort-Object", "group": "Group-Object", "measure": "Measure-Object",
    "gci": "Get-ChildItem", "ls": "Get-ChildItem", "dir": "Get-ChildItem",
    "gc": "Get-Content", "cat": "Get-Content", "type": "Get-Content", "sc": "Set-Content",
    "ac": "Add-Content", "echo": "Write-Output", "write": "Write-Output",
    "cp": "Copy-Item", "copy": "Copy-Item", "cpi": "Copy-Item",
    "mv": "Move-Item", "move": "Move-Item", "mi": "Move-Item",
    "rm": "Remove-Item", "del": "Remove-Item", "erase": "Remove-Item", "rd": "Remove-Item",
    "ri": "Remove-Item", "rmdir": "Remove-Item", "ren": "Rename-Item", "rni": "Rename-Item",
    "ni": "New-Item", "mkdir": "New-Item", "md": "New-Item", "gi": "Get-Item",
    "ps": "Get-Process", "gps": "Get-Process", "kill": "Stop-Process", "spps": "Stop-Process",
    "start": "Start-Process", "saps": "Start-Process", "sleep": "Start-Sleep",
    "gsv": "Get-Service", "sasv": "Start-Service", "spsv": "Stop-Service",
    "iex": "Invoke-Expression", "iwr": "Invoke-WebRequest", "irm": "Invoke-RestMethod",
    "curl": "Invoke-WebRequest", "wget": "Invoke-WebRequest", "icm": "Invoke-Command",
    "gwmi": "Get-WmiObject", "gcim": "Get-CimInstance", "ipcsv": "Import-Csv", "epcsv": "Export-Csv",
    "cd": "Set-Location", "sl": "Set-Location", "chdir": "Set-Location", "pwd": "Get-Location",
    "gl": "Get-Location", "pushd": "Push-Location", "popd": "Pop-Location",
    "ft": "Format-Table", "fl": "Format-List", "gm": "Get-Member", "gcm": "Get-Command",
    "ipmo": "Import-Module", "sls": "Select-String", "tee": "Tee-Object", "cls": "Clear-Host",
    "clear": "Clear-Host", "gp": "Get-ItemProperty", "sp": "Set-ItemProperty", "ii": "Invoke-Item",
}

# Commands that appear in scripts of every purpose: they say little about what a script does,
# so they get a small weight and contribute no words ("host" of Write-Host is not a computer).
GENERIC_COMMANDS = frozenset({
    "write-host", "write-output", "write-verbose", "write-warning", "write-error", "write-debug",
    "write-information", "write-progress", "out-null", "out-string", "out-host", "out-default",
    "foreach-object", "where-object", "select-object", "sort-object", "group-object",
    "measure-object", "format-table", "format-list", "get-date", "get-member", "add-member",
    "join-path", "split-path", "test-path", "new-object", "tee-object", "start-sleep",
    "get-variable", "set-variable", "set-strictmode", "clear-host",
})

# PowerShell's comparison/logical operators look like parameters (`-eq`, `-and`).
OPERATORS = frozenset(
    prefix + op
    for op in (
        "eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "contains",
        "notcontains", "in", "notin", "replace", "split", "join", "is", "isnot", "as", "and", "or",
        "xor", "not", "band", "bor", "bxor", "bnot", "shl", "shr", "f",
    )
    for prefix in ("", "c", "i")
)
# The operators that are not also English words, dropped from the word features.
OPERATOR_WORDS = frozenset({
    "eq", "ne", "gt", "ge", "lt", "le", "notlike", "notmatch", "notcontains", "notin", "isnot",
    "band", "bor", "bxor", "bnot", "shl", "shr", "ceq", "ieq", "cne", "ine", "clike", "ilike",
})

# Statement keywords: a bare word at the start of a statement that is not a command.
KEYWORDS = frozenset({
    "begin", "break", "catch", "class", "configuration", "continue", "data", "do", "dynamicparam",
    "else", "elseif", "end", "enum", "exit", "filter", "finally", "for", "foreach", "function",
    "if", "in", "param", "process", "return", "switch", "throw", "trap", "try", "until", "using",
    "while", "workflow", "hidden", "static", "default",
})

# Type accelerators used for parameters and casts everywhere; not a sign of what a script does.
TRIVIAL_TYPES = frozenset({
    "string", "int", "int32", "int64", "long", "bool", "boolean", "switch", "object", "array",
    "hashtable", "void", "double", "decimal", "char", "byte", "psobject", "pscustomobject",
    "ordered", "string[]", "int[]", "object[]", "math", "ref", "scriptblock",
})

# English and PowerShell filler; matched before stemming.
STOP_WORDS = frozenset("""
a about after again all also am an and any are as at be because been before being below between
both but by can could did do does doing done down during each either else few for from further
get gets had has have having he her here hers him his how i if in into is it its itself just
let me more most my no nor not now of off on once only or other our out over own same she should
so some such than that the their them then there these they this those through to too under
until up upon very via was we were what when where which while who whom why will with within
would yet you your yours
true false null psitem this param function object value values foreach begin process end try
catch finally throw return elseif switch default cmdletbinding parameter mandatory
position erroraction silentlycontinue stop continue verbose whatif confirm write output
synopsis description example examples notes link inputs outputs component role functionality
ps psm ps1 exe txt com www http https org net system microsoft powershell windows
string str int bool don doesn isn
""".split())

# Sysadmin vocabulary: words with one meaning in a search box map to one shared concept, so a
# query saying "purge" meets a script saying "Remove-Item". Words are stemmed on load.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "delete": ("delete", "remove", "purge", "clean", "cleanup", "erase", "wipe", "prune", "del", "rm",
               "unlink", "discard"),
    "age": ("old", "older", "oldest", "stale", "aged", "expired", "obsolete", "retention", "lastwritetime",
            "adddays", "outdated"),
    "copy": ("copy", "backup", "archive", "mirror", "replicate", "sync", "robocopy", "xcopy",
             "duplicate", "snapshot"),
    "user": ("user", "account", "person", "employee", "people", "identity", "samaccountname",
             "userprincipalname", "upn", "login", "logon", "username"),
    "computer": ("computer", "host", "server", "machine", "node", "workstation", "pc", "endpoint",
                 "computername", "hostname"),
    "storage": ("disk", "volume", "storage", "drive", "partition", "freespace", "space", "capacity",
                "psdrive", "logicaldisk", "diskspace"),
    "service": ("service", "daemon", "svc", "servicename"),
    "report": ("report", "export", "csv", "html", "summary", "spreadsheet", "excel", "overview"),
    "restart": ("restart", "reboot", "bounce", "recycle", "reset", "reload", "relaunch", "revive"),
    "stuck": ("hung", "hang", "stuck", "frozen", "unresponsive", "crashed", "stopped", "dead",
              "failed"),
    "create": ("create", "new", "add", "make", "provision", "generate", "onboard"),
    "directory_service": ("ad", "active", "activedirectory", "ldap", "domain", "ou",
                          "organizationalunit", "adsi", "distinguishedname"),
    "folder": ("folder", "directory", "dir", "subfolder", "subdirectory"),
    "share": ("share", "unc", "nas", "smb", "fileshare"),
    "web": ("download", "fetch", "webclient", "webrequest", "restmethod", "url", "uri", "web",
            "internet", "downloadstring", "downloadfile"),
    "execute": ("execute", "run", "invoke", "launch", "exec", "iex", "expression", "payload"),
    "network": ("network", "port", "tcp", "udp", "socket", "connection", "connectivity", "ping",
                "firewall", "netconnection", "reachable", "tcpclient", "traceroute"),
    "update": ("update", "patch", "hotfix", "kb", "wsus", "upgrade", "windowsupdate"),
    "install": ("install", "setup", "deploy", "msi", "installer"),
    "hardware": ("hardware", "cpu", "processor", "memory", "ram", "bios", "motherboard", "baseboard",
                 "serialnumber", "manufacturer", "inventory", "asset", "physicalmemory"),
    "mail": ("mailbox", "mail", "email", "exchange", "smtp", "outlook", "inbox"),
    "size": ("size", "sizes", "length", "bytes", "gb", "mb", "quota", "totalitemsize", "big", "large",
             "largest"),
    "credential": ("password", "credential", "secret", "pwd", "securestring", "passphrase"),
    "schedule": ("schedule", "scheduled", "task", "cron", "nightly", "daily", "weekly"),
    "stop": ("kill", "terminate", "halt", "shutdown"),
    "log": ("log", "logs", "logfile", "logging", "eventlog", "iis", "inetpub", "transcript"),
    "find": ("find", "search", "locate", "lookup", "query", "discover", "scan"),
    "check": ("check", "test", "verify", "validate", "monitor", "health", "status"),
}
