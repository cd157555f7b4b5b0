def notice = new File(basedir, 'notices/protection-officer.yaml')
assert notice.isFile()
assert notice.text.contains('grade: "P-3"') : 'the second run left the notice as it was'
assert notice.text.contains('country: LY')
def log = new File(basedir, 'build.log').text
assert log.contains('Created ')
assert log.contains('[placeholder]')
assert log.contains('Validated 1 notice: no errors')
assert log.contains('protection-officer.yaml already exists and is left as it is')
assert notice.text.startsWith('# yaml-language-server: $schema=_schema/notice.schema.json\n')
assert new File(basedir, 'notices/_schema/notice.schema.json').isFile() : 'the schema is written beside the notices'
assert log.contains('no notice written (no terminal to ask in); give every property on the command line:')
assert log.contains('  missing -Dvacancy.title=...: position title')
assert log.contains("  -Dvacancy.grade: unknown grade 'g5' (did you mean 'G-5'?)")
assert log.contains("  -Dvacancy.dutyStation: 'Tripoli' has no country: write the city, a comma and the ISO 3166-1 alpha-2 country code, e.g. 'Tripoli, LY'")
