def log = new File(basedir, 'build.log').text
def warning = "[WARNING] notices/protection-coordinator.yaml:10:11: warning: the notice closes on a Saturday, and the organization does not close notices on weekends; move it to a weekday [weekend-closing]"
assert log.contains(warning)
assert log.contains('Lint: 1 warning in 1 of 1 notices (weekend-closing 1)')
assert log.contains('Validated 1 notice: no errors')
assert log.contains('1 warning and vacancy.failOnWarning is set')
assert !new File(basedir, 'target/careers').exists() : 'nothing is published'
