def site = new File(basedir, 'target/careers')
assert new File(site, 'index.html').isFile()
assert new File(site, 'assets/style.css').isFile()
assert new File(site, 'schema/notice.schema.json').isFile()
def pages = site.listFiles().findAll { it.name.endsWith('.html') && !(it.name in ['index.html', 'archive.html', '404.html']) }
assert pages.size() == 7 : 'the five seeds, one in French, one in Arabic'
pages.each { page ->
    def pdf = new File(site, page.name.replace('.html', '.pdf'))
    assert pdf.isFile() && pdf.length() > 10000
    assert new String(pdf.bytes[0..7] as byte[], 'US-ASCII').startsWith('%PDF-')
}
assert new File(site, 'protection-coordinator-tripoli-2018.html').text.contains('VN 2018/195 (P)')
// On 23 November 2026 every real notice is closed: the list is empty, the archive has all five.
assert new File(site, 'index.html').text.contains('There are no open vacancies at the moment.')
assert new File(site, 'archive.html').text.count('<li data-name=') == 5 : 'one entry per vacancy: seven notices, five references'
assert new File(site, 'jobs.json').text.count('"status":"closed"') == 7
assert new File(site, 'robots.txt').text.contains('Sitemap: https://careers.example.org/jobs/sitemap.xml')
assert new File(site, 'sitemap.xml').text.contains('<loc>https://careers.example.org/jobs/archive.html</loc>')
assert new File(site, 'feed.xml').text.contains('<id>https://careers.example.org/jobs/feed.xml</id>')
assert new File(site, 'protection-coordinator-tripoli-2018.html').text
        .contains('<link rel="canonical" href="https://careers.example.org/jobs/protection-coordinator-tripoli-2018.html">')
def log = new File(basedir, 'build.log').text
assert log.contains('Validated 7 notices: no errors')
assert log.contains('Lint: no warnings in 7 notices')
assert log.contains('; published pages for 7 of 7 notices to ')
assert log.contains('; published PDFs for 7 of 7 notices to ')
assert log.count('Rendered 7 of 7 notices (0 up to date)') == 2
