def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] notices/misspelt-key.yaml:3:1: error: unknown key 'titel' (did you mean 'title'?)")
assert log.contains("[ERROR] notices/misspelt-key.yaml:1:1: error: missing required field 'title'")
assert log =~ /\[ERROR\] notices\/broken-yaml\.yaml:\d+:\d+: error: cannot read YAML: /
assert log.contains('3 errors in ')
assert !log.contains('at org.vacancypress.') : 'no Java stack trace for a user mistake'
assert !log.readLines().findAll { it.startsWith('[ERROR] notices/') }.any { it.contains('Exception') }
assert !new File(basedir, 'target/careers').exists() : 'nothing is published'
