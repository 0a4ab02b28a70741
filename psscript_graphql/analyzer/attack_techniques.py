"""MITRE ATT&CK techniques (Enterprise matrix) of the attack findings, by rule id.

A rule may set `Finding.technique` itself (when one rule covers several techniques); every
other finding of a rule listed here is tagged with the rule's technique after the rules ran.
Ids and names follow attack.mitre.org; `technique_url` gives a technique's page.
"""

from __future__ import annotations


from psscript_graphql.analyzer.findings import Finding

TECHNIQUE_NAMES: dict[str, str] = {
    "T1003": "OS Credential Dumping",
    "T1027.010": "Obfuscated Files or Information: Command Obfuscation",
    "T1053.005": "Scheduled Task/Job: Scheduled Task",
    "T1059.001": "Command and Scripting Interpreter: PowerShell",
    "T1070.001": "Indicator Removal: Clear Windows Event Logs",
    "T1105": "Ingress Tool Transfer",
    "T1106": "Native API",
    "T1140": "Deobfuscate/Decode Files or Information",
    "T1490": "Inhibit System Recovery",
    "T1546.003": "Event Triggered Execution: Windows Management Instrumentation Event Subscription",
    "T1547.001": "Boot or Logon Autostart Execution: Registry Run Keys / Startup Folder",
    "T1552.001": "Unsecured Credentials: Credentials In Files",
    "T1562.001": "Impair Defenses: Disable or Modify Tools",
    "T1562.004": "Impair Defenses: Disable or Modify System Firewall",
    "T1620": "Reflective Code Loading",
}

RULE_TECHNIQUES: dict[str, str] = {
    "PSDownloadCradle": "T1105",
    "PSNetWebClientDownload": "T1105",
    "PSDownloadAndExecute": "T1105",
    "PSEncodedCommand": "T1027.010",
    "PSDecodedExecution": "T1140",
    "PSExecutionPolicyBypass": "T1059.001",
    "PSAmsiBypass": "T1562.001",
    "PSDefenderTampering": "T1562.001",
    "PSFirewallDisabled": "T1562.004",
    "PSPersistenceRunKey": "T1547.001",
    "PSPersistenceStartupFolder": "T1547.001",
    "PSPersistenceScheduledTask": "T1053.005",
    "PSPersistenceWmiSubscription": "T1546.003",
    "PSCredentialDumping": "T1003",
    "PSAddTypeNativeCode": "T1106",
    "PSObfuscationCharCodes": "T1027.010",
    "PSObfuscationStringReversal": "T1027.010",
    "PSObfuscationBacktick": "T1027.010",
    "PSObfuscationFormatString": "T1027.010",
    "PSObfuscatedCommandName": "T1027.010",
    "PSAvoidHardcodedCredential": "T1552.001",
    "PSHardcodedSecretKey": "T1552.001",
    "PSInhibitSystemRecovery": "T1490",
    "PSClearEventLog": "T1070.001",
    "PSReflectiveAssemblyLoad": "T1620",
}


def technique_url(technique: str) -> str:
    """attack.mitre.org page of a technique id (`T1070.001` → …/techniques/T1070/001/)."""
    return "https://attack.mitre.org/techniques/" + technique.replace(".", "/") + "/"


def tag(finding: Finding) -> Finding:
    """The finding with its rule's technique, unless the rule set one or has none."""
    if finding.technique:
        return finding
    technique = RULE_TECHNIQUES.get(finding.rule)
    return finding.replaced(technique=technique) if technique else finding
