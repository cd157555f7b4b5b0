def site = new File(basedir, 'target/careers')
assert new File(site, 'index.html').isFile()
assert new File(site, 'assets/style.css').isFile()
assert new File(site, 'schema/notice.schema.json').isFile()
def pages = site.listFiles().findAll { it.name.endsWith('.html') && it.name != 'index.html' }
assert pages.size() == 5
pages.each { page ->
    def pdf = new File(site, page.name.replace('.html', '.pdf'))
    assert pdf.isFile() && pdf.length() > 10000
    assert new String(pdf.bytes[0..7] as byte[], 'US-ASCII').startsWith('%PDF-')
}
assert new File(site, 'protection-coordinator-tripoli-2018.html').text.contains('VN 2018/195 (P)')
def log = new File(basedir, 'build.log').text
assert log.contains('Validated 5 notices: no errors')
assert log.contains('Lint: no warnings in 5 notices')
assert log.contains('; published pages for 5 of 5 notices to ')
assert log.contains('; published PDFs for 5 of 5 notices to ')
assert log.count('Rendered 5 of 5 notices (0 up to date)') == 2
