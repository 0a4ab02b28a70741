function Stop-Batch {
    'stop'
}
