def log = new File(basedir, 'build.log').text
assert log.contains('contains the notices folder') : 'the refusal says why'
assert log.contains('choose a folder of its own for the site') : 'and what to choose'
assert new File(basedir, '.git/HEAD').text == 'ref: refs/heads/main\n'
assert new File(basedir, 'README.md').text == '# Our notices\n'
assert new File(basedir, 'notices/_organization.yaml').isFile()
assert !new File(basedir, 'index.html').exists() : 'nothing is published'
assert !log.contains('NullPointerException')
true
