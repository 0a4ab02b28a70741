$csv = 'alpha,beta;gamma delta'
$words = -split $csv.Replace(',', ' ').Replace(';', ' ')
$parts = $csv -split '[,;]', 2
$joined = -join ('a', 'b', 'c')
$piped = $words -join '|'

$n = 5
$range = 1..$n
$desc = $n..1
$slice = $range[1..3]
$last = $range[-1]
$lastTwo = $range[-2..-1]
$mixed = $range[0, 2 + 3..4]

$number = '42' -as [int]
$isInt = $number -is [int]
$isNotString = $number -isnot [string]
$roundTrip = [int][string][double]'42'
$list = [System.Collections.Generic.List[string]]::new()
$list.AddRange([string[]]$words)
$dict = [System.Collections.Generic.Dictionary[string, int]]::new([StringComparer]::OrdinalIgnoreCase)
$dict['One'] = 1
$max = [int]::MaxValue
$empty = [string]::Empty
$pi = [math]::PI
$yesterday = [datetime]::Today.AddDays(-1).ToString('yyyy-MM-dd')
$distinct = [Linq.Enumerable]::ToArray([Linq.Enumerable]::Distinct([int[]](1, 1, 2, 3)))
$sum = [Linq.Enumerable]::Sum([int[]]$range)

[pscustomobject]@{
    Words = $words; Parts = $parts; Joined = $joined; Piped = $piped
    Desc = $desc; Slice = $slice; Last = $last; LastTwo = $lastTwo; Mixed = $mixed
    IsInt = $isInt; IsNotString = $isNotString; RoundTrip = $roundTrip
    List = $list.Count; One = $dict['one']; Max = $max; Empty = $empty
    Pi = $pi; Yesterday = $yesterday; Distinct = $distinct; Sum = $sum
}
