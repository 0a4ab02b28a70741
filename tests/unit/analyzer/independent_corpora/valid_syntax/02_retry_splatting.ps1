function Invoke-WithRetry {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)]
        [scriptblock]$ScriptBlock,

        [ValidateRange(1, 10)]
        [int]$MaxAttempt = 3,

        [timespan]$Delay = '00:00:02'
    )

    $attempt = 0
    do {
        $attempt++
        try {
            return & $ScriptBlock
        }
        catch {
            if ($attempt -ge $MaxAttempt) { throw }
            Write-Verbose -Message ("Attempt {0}/{1} failed: {2}" -f $attempt, $MaxAttempt, $_.Exception.Message)
            Start-Sleep -Milliseconds $Delay.TotalMilliseconds
        }
    } until ($attempt -ge $MaxAttempt)
}

function Get-RemoteFileHash {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [string[]]$Path,

        [ValidateSet('SHA256', 'SHA384', 'SHA512')]
        [string]$Algorithm = 'SHA256'
    )

    process {
        $hashParams = @{} + $PSBoundParameters
        [void]$hashParams.Remove('Path')
        foreach ($item in $Path) {
            Invoke-WithRetry -ScriptBlock { Get-FileHash -LiteralPath $item @hashParams } -MaxAttempt:5
        }
    }
}

# forward everything the caller passed
& { param([Parameter(ValueFromRemainingArguments)]$Rest) Get-RemoteFileHash @Rest } @args
