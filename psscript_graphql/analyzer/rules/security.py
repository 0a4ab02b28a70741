"""Security rules modelled on PSScriptAnalyzer, plus hard-coded secrets and TLS validation.

Attack-technique rules (download cradles, AMSI, persistence, …) live in `attacks.py` and
obfuscation in `obfuscation.py`; all three modules form the security family.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from psscript_graphql.analyzer.commands import ArgKind
from psscript_graphql.analyzer.declarations import script_block_parameters
from psscript_graphql.analyzer.findings import Category, Finding, Severity, shorten
from psscript_graphql.analyzer.model import Parameter, Span
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import (
    PLACEHOLDER_SECRET,
    is_secret_name,
    search_findings,
)
from psscript_graphql.analyzer.rules.indicator_data import without_data_lines

SECURITY = Category.SECURITY
_CREDENTIAL_TYPES = frozenset(
    {"pscredential", "system.management.automation.pscredential", "management.automation.pscredential"}
)
_LOCAL_COMPUTERS = frozenset({"localhost", ".", "127.0.0.1", "::1", "$env:computername"})


def avoid_using_invoke_expression(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingInvokeExpression: strings run as code are an injection path. Every call is reported, as
    PSScriptAnalyzer does: constant text today is an edit away from interpolated text.

    A script can call it on every other line, so positions and extracts are worked out in one pass over the
    calls (`SourceText.positions`, `extracts`: what `Finding.at` would answer, one finding at a time)."""
    calls = tree.commands_named("Invoke-Expression")
    if not calls:
        return
    positions, extracts = tree.places(calls)
    for call, (line, column), extract in zip(calls, positions, extracts):
        message = _CONSTANT_INVOKED if call.first_argument_is_literal() else _BUILT_INVOKED
        yield Finding("PSAvoidUsingInvokeExpression", Severity.WARNING, message, line, column, _INVOKE_HINT, SECURITY,
                      extract)


_CONSTANT_INVOKED = "Invoke-Expression runs a constant string as code."
_BUILT_INVOKED = "Invoke-Expression runs text built at run time as code."
_INVOKE_HINT = "Call the command directly, or use & with a fixed command name and splatting."


def avoid_using_convert_to_secure_string_with_plain_text(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingConvertToSecureStringWithPlainText: the secret sits in the script and in memory as text."""
    for call in tree.commands_named("ConvertTo-SecureString"):
        if call.has_parameter("AsPlainText", prefix=3):
            yield Finding.at(call, rule="PSAvoidUsingConvertToSecureStringWithPlainText", severity=Severity.ERROR,
                             message="ConvertTo-SecureString -AsPlainText turns a plain-text secret into a "
                                     "SecureString.",
                             hint="Read secrets with Read-Host -AsSecureString, Get-Credential or a secret vault.",
                             category=SECURITY)


_PLAIN_TYPES = frozenset({None, "string", "system.string", "object", "system.object", "psobject"})
_PASSWORD_WORDS = ("password", "passphrase", "cred")


def avoid_using_plain_text_for_password(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingPlainTextForPassword: a password or credential parameter typed [string] (or untyped) leaks
    into history, logs and memory dumps. Names and types as PSScriptAnalyzer checks them, and like it in every
    param block, script blocks' (`Invoke-Command { param($DbCredential) … }`) included."""
    for parameter in tree.parameters() + script_block_parameters(tree):
        type_name = (parameter.type_name or "").lower().removesuffix("[]") or None
        if any(word in parameter.name.lower() for word in _PASSWORD_WORDS) and type_name in _PLAIN_TYPES:
            yield Finding.at(parameter.declaration, rule="PSAvoidUsingPlainTextForPassword", severity=Severity.WARNING,
                             message=f"Parameter ${parameter.name} takes a password or credential as plain text.",
                             hint="Type it [SecureString] or take a [PSCredential] instead.", category=SECURITY)


def use_ps_credential_type(tree: ScriptTree) -> Iterator[Finding]:
    """PSUsePSCredentialType: a Credential parameter of another type cannot take Get-Credential's output safely
    (script blocks' param blocks too, as PSScriptAnalyzer checks every ScriptBlockAst's)."""
    for parameter in tree.parameters() + script_block_parameters(tree):
        # Exactly `$Credential`, as PSScriptAnalyzer checks; reported from the declaration's first attribute.
        if parameter.name.lower() == "credential" and (
            (parameter.type_name or "").lower().removesuffix("[]") not in _CREDENTIAL_TYPES
        ):
            yield Finding.at(parameter.declaration, rule="PSUsePSCredentialType", severity=Severity.WARNING,
                             message=f"Parameter ${parameter.name} is not of type [PSCredential].",
                             hint="Declare it as [System.Management.Automation.PSCredential] "
                                  "(with [System.Management.Automation.Credential()] for string input).",
                             category=SECURITY)


_SAFE_PASSWORD_TYPES = frozenset(
    {"pscredential", "system.management.automation.pscredential", "management.automation.pscredential",
     "securestring", "system.security.securestring", "security.securestring", "switch", "bool", "boolean",
     "system.boolean", "system.management.automation.switchparameter"}
)


def _safe_password_type(parameter: Parameter) -> bool:
    if (parameter.type_name or "").lower().removesuffix("[]") in _SAFE_PASSWORD_TYPES:
        return True
    return any(a.name.lower().removeprefix("system.management.automation.") in ("credential", "credentialattribute")
               for a in parameter.attributes)


def avoid_using_username_and_password_params(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingUsernameAndPasswordParams: a function with user-name and password parameters invites plain-text
    secrets. Reported like PSScriptAnalyzer: functions only, from the first of the two declarations."""
    for function in tree.functions():
        user = password = None
        for parameter in function.parameters:
            lowered = parameter.name.lower()
            if ("password" in lowered or "passphrase" in lowered) and not _safe_password_type(parameter):
                password = parameter
            if "user" in lowered:
                user = parameter
        if user is not None and password is not None:
            first = user if user.declaration.start <= password.declaration.start else password
            yield Finding.at(first.declaration, rule="PSAvoidUsingUsernameAndPasswordParams", severity=Severity.ERROR,
                             message=f"Function {function.name} takes ${user.name} and ${password.name} separately.",
                             hint="Take one [PSCredential] parameter instead.", category=SECURITY)


def avoid_using_computer_name_hardcoded(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingComputerNameHardcoded: fixed server names leak infrastructure and break reuse. As in
    PSScriptAnalyzer: `-ComputerName` written out, given one constant other than the local machine (a list
    `'a', 'b'` is an array, not a constant, and is not reported)."""
    for call in tree.commands_mentioning(b"-computername"):
        named = call.parameter("ComputerName")
        value = named.value if named is not None else None
        if value is None or not value.is_constant or value.kind is ArgKind.LIST:
            continue
        if value.value.strip().lower() not in _LOCAL_COMPUTERS:
            yield Finding.at(value, rule="PSAvoidUsingComputerNameHardcoded", severity=Severity.ERROR,
                             message=f"{call.name} -ComputerName is hard-coded to {value.text}.",
                             hint="Take the computer name as a parameter.", category=SECURITY)


def avoid_using_broken_hash_algorithms(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingBrokenHashAlgorithms: MD5 and SHA-1 collide; do not use them for integrity or security.
    As in PSScriptAnalyzer: `-Algorithm MD5` or `-Algorithm SHA1` given to any command (Get-FileHash, …);
    .NET hash classes are not judged (PSScriptAnalyzer does not look at them)."""
    for call in tree.commands_mentioning(b"-algorithm"):
        named = call.parameter("Algorithm")
        algorithm = named.value if named is not None else None
        if algorithm is not None and algorithm.is_constant and algorithm.value.strip().lower() in ("md5", "sha1"):
            yield Finding.at(algorithm, rule="PSAvoidUsingBrokenHashAlgorithms", severity=Severity.WARNING,
                             message=f"{call.name} uses the broken {algorithm.value} algorithm.",
                             hint="Use SHA256 or stronger.", category=SECURITY)


_CREDENTIAL_HINT = "Read the secret at run time (Get-Credential, a secret vault, an environment variable)."


def avoid_hardcoded_credentials(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidHardcodedCredential: passwords, tokens and keys written into the script are readable by anyone
    who can read the file, its history or its backups (also a connection string's `Password=` written out)."""
    lines: set[int] = set()
    for finding in _native_tool_passwords(tree):  # `net user bob P@ss /add` names no secret
        lines.add(finding.line)
        yield finding
    if not tree.mentions(b"pass", b"pwd", b"secret", b"key", b"token"):
        return  # every name is_secret_name accepts contains one of these
    for finding in _named_credentials(tree):
        lines.add(finding.line)
        yield finding
    for finding in _connection_string_passwords(tree):
        if finding.line not in lines:  # `$dbPassword = 'Server=…;Password=…'` is one fact
            yield finding


_PASSWORD_FIELD = re.compile(rb"(?i)(?:password|pwd)[ \t]*=")
_CONNECTION_PASSWORD = re.compile(rb"(?i)(?:^|[;'\"\s])(?:password|pwd)[ \t]*=[ \t]*([^;'\"\r\n]*)")
# Another `key=` of a database or service connection string, so that `Password=` is one of its fields.
_CONNECTION_KEY = re.compile(
    rb"(?i)(?:^|[;'\"\s])(?:server|data source|host|address|addr|user id|uid|user|username|database"
    rb"|initial catalog|provider|dsn)[ \t]*="
)
_FORMAT_ITEM = re.compile(r"^\{\d+(?:[,:][^}]*)?\}$")


def _connection_string_passwords(tree: ScriptTree) -> Iterator[Finding]:
    """`'Server=sql01;User Id=app;Password=Rpt#Load2024;'`: a literal password inside a connection string
    (not `Password=$pw` expanded, `Password={0}` formatted, nor an empty or placeholder one)."""
    # Where `password=` / `pwd=` is written at all (usually nowhere): only strings holding one are read.
    offsets = [offset for _, offset in tree.search(_PASSWORD_FIELD, needles=(b"password", b"pwd"))]
    if not offsets:
        return
    for string in tree.strings():
        index = bisect_left(offsets, string.start)
        if index == len(offsets) or offsets[index] >= string.end:
            continue
        text = tree.source[string.start:string.end]
        if not _CONNECTION_KEY.search(text):
            continue
        for match in _CONNECTION_PASSWORD.finditer(text):
            value = match.group(1).decode("utf-8", "replace").strip()
            quote = '"' if string.expandable else "'"
            if _literal_secret(quote + value + quote) and not _FORMAT_ITEM.match(value):
                line, column = tree.position(string.start + match.start(1))
                yield Finding("PSAvoidHardcodedCredential", Severity.ERROR,
                              "A connection string holds a literal password.", line, column, _CREDENTIAL_HINT,
                              SECURITY, shorten(tree.line_text(line)))
                break


def _named_credentials(tree: ScriptTree) -> Iterator[Finding]:
    """Literal secrets assigned to, defaulted for, keyed or passed as something named like a secret; and
    passwords given to native tools."""
    hint = _CREDENTIAL_HINT
    for assignment in tree.assignments():
        if assignment.variable and is_secret_name(_written_name(assignment.target)) and assignment.value_kind == "string":
            if _named_secret(assignment.variable, assignment.value):
                yield Finding.at(assignment, rule="PSAvoidHardcodedCredential", severity=Severity.ERROR,
                                 message=f"{assignment.target.strip()} is assigned a literal secret.", hint=hint,
                                 category=SECURITY)
    for parameter in tree.parameters():
        if parameter.default and is_secret_name(parameter.name) and _named_secret(parameter.name, parameter.default):
            yield Finding.at(parameter, rule="PSAvoidHardcodedCredential", severity=Severity.ERROR,
                             message=f"Parameter ${parameter.name} defaults to a literal secret.", hint=hint,
                             category=SECURITY)
    for node in tree.nodes("hash_entry"):
        start, end = node.start_byte, node.end_byte
        equals = tree.source.find(b"=", start, end)
        key = tree.source[start:equals].decode("utf-8", "replace").strip().strip("'\"") if equals > 0 else ""
        if key and is_secret_name(key):
            value = tree.text_of(node.named_children[-1])
            if value[:1] in "'\"" and _named_secret(key, value):
                yield Finding.at(Span(**tree.span_of(node)), rule="PSAvoidHardcodedCredential",
                                 severity=Severity.ERROR, message="A hashtable entry holds a literal secret.",
                                 hint=hint, category=SECURITY)
    for call in tree.commands_mentioning(*_SECRET_NEEDLES):
        for named in call.named:
            value = named.value
            if value is not None and value.kind in (ArgKind.STRING, ArgKind.BAREWORD) and is_secret_name(named.name):
                if _named_secret(named.name, value.text):
                    yield Finding.at(value, rule="PSAvoidHardcodedCredential", severity=Severity.ERROR,
                                     message=f"{call.name} -{named.name} is given a literal secret.", hint=hint,
                                     category=SECURITY)


def _native_tool_passwords(tree: ScriptTree) -> Iterator[Finding]:
    """Literal passwords given to native tools (`net user`, `net use`, `cmdkey`, `schtasks /rp`, `psexec -p`)."""
    hint = _CREDENTIAL_HINT
    for call in tree.commands_named("net"):
        password = _net_password(call)
        if password is not None and password.is_constant and _literal_secret(password.text):
            yield Finding.at(password, rule="PSAvoidHardcodedCredential", severity=Severity.ERROR,
                             message=f"net {call.positional[0].value.lower()} is given a literal password.",
                             hint=hint, category=SECURITY)
    for call in tree.commands_named("cmdkey", "schtasks", "psexec", "psexec64"):
        secret = _native_password(call)
        if secret is not None and secret.is_constant and _literal_secret(secret.value) and "$" not in secret.text:
            yield Finding.at(secret, rule="PSAvoidHardcodedCredential", severity=Severity.ERROR,
                             message=f"{call.name} is given a literal password.", hint=hint, category=SECURITY)


def _net_password(call: Any) -> Any:
    """The password of `net user <name> <password>` or `net use [<device>] \\\\server\\share <password>` (the
    password may also follow `/user:<name>`); None when absent, prompted for (`*`) or a switch."""
    words = call.positional
    if len(words) < 3 or words[0].value.lower() not in ("user", "use"):
        return None
    if words[0].value.lower() == "user":
        candidates = words[2:3]
    else:
        share = next((index for index, word in enumerate(words) if word.value.startswith("\\\\")), None)
        candidates = words[share + 1:] if share is not None else ()
    password = next((word for word in candidates if not word.value.startswith("/")), None)
    return None if password is None or password.value == "*" else password


def _native_password(call: Any) -> Any:
    """The password argument of `cmdkey /pass:x`, `schtasks /rp x`, `psexec -p x` (None when absent)."""
    if call.program in ("psexec", "psexec64"):
        return call.value_of("p")
    arguments = list(call.arguments)
    for index, argument in enumerate(arguments):
        word = argument.value.lower()
        if call.program == "cmdkey" and word.startswith("/pass:") and len(argument.value) > 6:
            return replace(argument, value=argument.value[6:])
        if call.program == "schtasks" and word == "/rp" and index + 1 < len(arguments):
            return arguments[index + 1]
    return None


_SECRET_NEEDLES = (b"password", b"passwd", b"passphrase", b"secret", b"token", b"apikey", b"api_key", b"accesskey",
                   b"privatekey", b"pwd", b"pass ", b"pass:")


# A regular expression's syntax: a character class or escape with a quantifier, or an inline flag group. A secret
# scanner's `'GitHub token' = 'gh[pousr]_[A-Za-z0-9]{36,}'` describes tokens; it is not one.
_PATTERN_SHAPE = re.compile(r"\[[^\]]+\](?:\{\d+(?:,\d*)?\}|[+*])|\\[sdwSDW][*+?{]|\(\?[imsx]+\)")
# Generated keys and tokens mix letters and digits; a bare word given as one (`-NuGetApiKey 'AzureDevOps'`, which
# Azure Artifacts requires but ignores) names a placeholder.
_KEY_NAME = re.compile(r"(?i)key|token")
_PASSWORD_NAME = re.compile(r"(?i)pass|pwd|secret")
_WORD = re.compile(r"^[A-Za-z]{1,24}$")


def _literal_secret(text: str) -> bool:
    """A literal that is a real secret: not a placeholder, not a pattern, and nothing expanded (a `$` in a
    single-quoted string is a character of the password)."""
    value = text.strip().strip("'\"").strip()
    return (bool(value) and not PLACEHOLDER_SECRET.match(value) and not _PATTERN_SHAPE.search(value)
            and ("$" not in value or text.strip().startswith("'")))


def _named_secret(name: str, text: str) -> bool:
    """A literal secret given to something named `name`; a key or token that is a bare word is a placeholder."""
    if _KEY_NAME.search(name) and not _PASSWORD_NAME.search(name) and _WORD.match(text.strip().strip("'\"")):
        return False
    return _literal_secret(text)


def _written_name(target: str) -> str:
    """`$script:adminPass` → `adminPass`: the variable's name in its written case (SECRET_NAME's `…Pass`
    suffix is case-sensitive, so `$bypass` is not a secret)."""
    name = target.strip().lstrip("$").strip("{}")
    return name.rsplit(":", 1)[-1]


_SECRET_PATTERNS: tuple[tuple[re.Pattern[bytes], tuple[bytes, ...], Severity, str], ...] = (
    (re.compile(rb"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"), (b"akia", b"asia"), Severity.CRITICAL, "an AWS access key id"),
    (re.compile(rb"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----"),
     (b"private key",), Severity.CRITICAL, "a private key"),
    (re.compile(rb"\bgh[pousr]_[A-Za-z0-9]{36,}\b"), (b"ghp_", b"gho_", b"ghu_", b"ghs_", b"ghr_"), Severity.CRITICAL,
     "a GitHub token"),
    (re.compile(rb"\bxox[abprs]-[A-Za-z0-9-]{10,}"), (b"xox",), Severity.CRITICAL, "a Slack token"),
    # An AWS secret access key has no prefix: 40 mixed-case Base64 characters written right after a name that
    # says what it is (`$awsSecret = '…'`, `aws_secret_access_key = …`, `Set-AWSCredential -SecretKey '…'`).
    (re.compile(rb"(?i)(?:aws\w{0,20}?secret|secret_?access_?key|-secretkey)\w*['\"]?[ \t]*[=:]?[ \t]*['\"]"
                rb"(?-i:(?=[A-Za-z0-9/+]{0,39}[0-9])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z]))"
                rb"[A-Za-z0-9/+]{40}['\"]"), (b"secret",), Severity.CRITICAL, "an AWS secret access key"),
    (re.compile(rb"(?i)AccountKey=[A-Za-z0-9+/]{40,}={0,2}"), (b"accountkey=",), Severity.CRITICAL,
     "an Azure storage account key"),
    # Outside a connection string an Azure storage account key (64 random bytes: 86 Base64 characters and `==`)
    # is recognised, like an AWS secret, by the name written right before it (`$accountKey = '…'`,
    # `-StorageAccountKey '…'`, `storage_key = …`).
    (re.compile(rb"(?i)(?:account_?key|storage_?key)\w*['\"]?[ \t]*[=:]?[ \t]*['\"]"
                rb"(?-i:(?=[A-Za-z0-9/+]{0,85}[0-9])(?=[A-Za-z0-9/+]{0,85}[a-z])(?=[A-Za-z0-9/+]{0,85}[A-Z]))"
                rb"[A-Za-z0-9/+]{86}==['\"]"), (b"accountkey", b"account_key", b"storagekey", b"storage_key"),
     Severity.CRITICAL, "an Azure storage account key"),
    (re.compile(rb"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"), (b"eyj",), Severity.ERROR,
     "a JSON Web Token"),
)


# A private key header that ends its string: a pattern, not the key's first line.
_PRIVATE_KEY_HEADER_ONLY = re.compile(rb"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY(?: BLOCK)?-----(?=['\"])")


def avoid_hardcoded_secret_keys(tree: ScriptTree) -> Iterator[Finding]:
    """PSHardcodedSecretKey: cloud keys, tokens and private keys in source are leaked the moment it is shared
    (comments included)."""
    for pattern, needles, severity, label in _SECRET_PATTERNS:
        found = search_findings(tree, pattern, rule="PSHardcodedSecretKey", severity=severity, needles=needles,
                                message=f"The script contains what looks like {label}.",
                                hint="Revoke the key, remove it from the script and its history, and load it "
                                     "from a secret store at run time.", skip_comments=False)
        if label == "a private key":  # the header alone in a string a secret scanner searches with is no key
            found = without_data_lines(tree, found, _PRIVATE_KEY_HEADER_ONLY)
        yield from found


_CERT_POLICY_CLASS = re.compile(rb"(?i)\bclass\s+\w+\s*:\s*ICertificatePolicy\b")
# A per-client callback (HttpClientHandler.ServerCertificateCustomValidationCallback) may validate for real
# (pinning); only one that accepts everything is reported: `{ $true }`, `{ param(…) return $true }`, .NET's own
# DangerousAcceptAnyServerCertificateValidator.
_ACCEPT_ANY_CALLBACK = re.compile(
    r"(?is)^\{\s*(?:param\s*\([^)]*\)\s*)?(?:return\s+)?\$true\s*;?\s*\}$|dangerousacceptanyservercertificatevalidator"
)


def avoid_disabling_certificate_validation(tree: ScriptTree) -> Iterator[Finding]:
    """PSCertificateValidationDisabled: accepting any TLS certificate allows man-in-the-middle attacks."""
    hint = "Fix the certificate chain (or pin the expected certificate) instead of disabling validation."
    assignments = tree.assignments() if tree.mentions(
        b"certificatevalidationcallback", b"customvalidationcallback", b"certificatepolicy") else ()
    policy_installed = False
    for assignment in assignments:
        target = assignment.target.lower()
        if ("servercertificatevalidationcallback" in target or target.endswith("certificatepolicy")) and (
            assignment.value_kind != "null"
        ):
            policy_installed = policy_installed or target.endswith("certificatepolicy")
            yield Finding.at(assignment, rule="PSCertificateValidationDisabled", severity=Severity.ERROR,
                             message="TLS certificate validation is replaced for the whole process.", hint=hint,
                             category=SECURITY)
        elif target.endswith("servercertificatecustomvalidationcallback") and _ACCEPT_ANY_CALLBACK.search(
            assignment.value.strip()
        ):
            yield Finding.at(assignment, rule="PSCertificateValidationDisabled", severity=Severity.ERROR,
                             message="An HTTP client handler accepts any TLS certificate.", hint=hint,
                             category=SECURITY)
    for call in tree.commands_mentioning(b"-skipc"):
        for name in ("SkipCertificateCheck", "SkipCACheck", "SkipCNCheck"):
            named = call.parameter(name)
            if named is not None:
                yield Finding.at(named.parameter, rule="PSCertificateValidationDisabled", severity=Severity.WARNING,
                                 message=f"{call.name} -{name} accepts any certificate.", hint=hint,
                                 category=SECURITY)
    if policy_installed:
        return  # one fact: the trust-all class is reported where it is installed, not also where it is declared
    yield from search_findings(tree, _CERT_POLICY_CLASS, rule="PSCertificateValidationDisabled",
                               severity=Severity.ERROR, message="Inline C# defines a trust-all certificate policy.",
                               hint=hint, needles=(b"icertificatepolicy",))


RULES = (
    avoid_using_invoke_expression,
    avoid_using_convert_to_secure_string_with_plain_text,
    avoid_using_plain_text_for_password,
    use_ps_credential_type,
    avoid_using_username_and_password_params,
    avoid_using_computer_name_hardcoded,
    avoid_using_broken_hash_algorithms,
    avoid_hardcoded_credentials,
    avoid_hardcoded_secret_keys,
    avoid_disabling_certificate_validation,
)
