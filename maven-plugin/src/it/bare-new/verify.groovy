def notice = new File(basedir, 'notices/protection-officer.yaml')
assert notice.isFile()
assert notice.text.contains('grade: "P-3"') : 'the second run left the notice as it was'
assert notice.text.contains('country: LY')
def log = new File(basedir, 'build.log').text
assert log.contains('Created ')
assert log.contains('[placeholder]')
assert log.contains('Validated 1 notice: no errors')
assert log.contains('protection-officer.yaml already exists and is left as it is')
