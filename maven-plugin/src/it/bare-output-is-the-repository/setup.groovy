evaluate(new File(basedir, '../../../src/it/copy-real-notices.groovy'))
new File(basedir, '.git').mkdirs()
new File(basedir, '.git/HEAD').text = 'ref: refs/heads/main\n'
new File(basedir, 'README.md').text = '# Our notices\n'
true
