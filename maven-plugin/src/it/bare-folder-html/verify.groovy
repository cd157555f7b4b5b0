def out = new File(basedir, 'out')
assert new File(out, 'index.html').isFile()
assert out.listFiles().findAll { it.name.endsWith('.html') }.size() == 10 : 'seven notices, the list, the archive and the 404 page'
assert new File(basedir, 'build.log').text.contains('Rendered 7 of 7 notices (0 up to date)') && new File(basedir, 'build.log').text.contains('published pages for 7 of 7 notices')
def help = new File(basedir, 'build.log').text
['vacancy:build', 'vacancy:html', 'vacancy:new', 'vacancy:pdf', 'vacancy:serve', 'vacancy:validate'].each { goal ->
    assert help.contains(goal) : "help lists ${goal}"
}
true
