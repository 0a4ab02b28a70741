function Invoke-Stage {
    param([Parameter(Mandatory)][string]$Blob)
    $text = [System.Text.Encoding]::Unicode.GetString([System.Convert]::FromBase64String($Blob))
    Invoke-Expression $text
}

$stage = 'VwByAGkAdABlAC0ATwB1AHQAcAB1AHQAIAAiAGIAZQBhAGMAbwBuACAAbwBrACIA'
Invoke-Stage -Blob $stage

# second spelling, one line
iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('V3JpdGUtT3V0cHV0ICdoZWxsbyc=')))

# third: scriptblock instead of IEX
$sb = [ScriptBlock]::Create([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($stage)))
& $sb
