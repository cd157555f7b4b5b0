def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.contains('Rendered ') && it.contains(' up to date)') }
        .collect { it.replaceAll(/.*(Rendered \d+ of \d+ notices \(\d+ up to date\)).*/, '$1') }
assert lines == ['Rendered 7 of 7 notices (0 up to date)', 'Rendered 0 of 7 notices (7 up to date)',
                 'Rendered 1 of 7 notices (6 up to date)', 'Rendered 1 of 6 notices (5 up to date)'] : lines
// The deleted notice had a French version: its page no longer links the English one, so it alone is rendered again.
assert !new File(basedir, 'target/careers/programme-assistant-ctip-port-vila-2023-fr.html').text.contains('hreflang="en"')
def site = new File(basedir, 'target/careers')
assert !new File(site, 'programme-assistant-ctip-port-vila-2023.html').exists()
assert !new File(site, 'programme-assistant-ctip-port-vila-2023.pdf').exists()
assert new File(site, 'protection-coordinator-tripoli-2018.pdf').isFile()
