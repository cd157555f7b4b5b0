def log = new File(basedir, 'build.log').text
assert log.count('Skipping: vacancy.skip is set') == 6 : 'each of the six goals says it skipped'
assert !new File(basedir, 'notices').exists()
assert !new File(basedir, 'target').exists() : 'nothing was published'
true
