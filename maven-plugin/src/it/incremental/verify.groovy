def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.contains('Rendered ') && it.contains(' up to date)') }
        .collect { it.replaceAll(/.*(Rendered \d+ of \d+ notices \(\d+ up to date\)).*/, '$1') }
assert lines == ['Rendered 5 of 5 notices (0 up to date)', 'Rendered 0 of 5 notices (5 up to date)',
                 'Rendered 1 of 5 notices (4 up to date)', 'Rendered 0 of 4 notices (4 up to date)'] : lines
def site = new File(basedir, 'target/careers')
assert !new File(site, 'programme-assistant-ctip-port-vila-2023.html').exists()
assert !new File(site, 'programme-assistant-ctip-port-vila-2023.pdf').exists()
assert new File(site, 'protection-coordinator-tripoli-2018.pdf').isFile()
