function break {
    'stop'
}
