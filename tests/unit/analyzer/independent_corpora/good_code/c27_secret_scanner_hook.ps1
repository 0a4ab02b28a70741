<#
.SYNOPSIS
    Git pre-commit hook that blocks commits containing credentials.
.DESCRIPTION
    Scans the staged diff for common secret shapes. The patterns below are regular
    expressions, not secrets.
#>
[CmdletBinding()]
param()

$patterns = [ordered]@{
    'AWS access key id'     = 'AKIA[0-9A-Z]{16}'
    'GitHub token'          = 'gh[pousr]_[A-Za-z0-9]{36,}'
    'Slack token'           = 'xox[baprs]-[0-9A-Za-z-]{10,}'
    'Private key block'     = '-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----'
    'Password assignment'   = '(?i)password\s*[:=]\s*[''"][^''"]{6,}[''"]'
    'Connection string pwd' = '(?i)(pwd|password)=[^;$]{4,};'
}

$diff = & git diff --cached --unified=0 --no-color
if ($LASTEXITCODE -ne 0) {
    Write-Error -Message 'git diff failed; is this a repository?'
    exit 2
}

$findings = 0
foreach ($line in $diff) {
    if (-not $line.StartsWith('+') -or $line.StartsWith('+++')) {
        continue
    }
    foreach ($entry in $patterns.GetEnumerator()) {
        if ($line -match $entry.Value) {
            Write-Warning -Message "Possible $($entry.Key): $($line.Substring(0, [math]::Min(60, $line.Length)))"
            $findings++
        }
    }
}

if ($findings -gt 0) {
    Write-Error -Message "$findings possible secret(s) staged; commit blocked. Use 'git commit --no-verify' only after review."
    exit 1
}
exit 0
