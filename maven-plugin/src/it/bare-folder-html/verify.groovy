def out = new File(basedir, 'out')
assert new File(out, 'index.html').isFile()
assert out.listFiles().findAll { it.name.endsWith('.html') }.size() == 6
assert new File(basedir, 'build.log').text.contains('Published pages for 5 of 5 notices')
