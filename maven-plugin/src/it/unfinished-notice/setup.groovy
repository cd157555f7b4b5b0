evaluate(new File(basedir, '../../../src/it/copy-organization-data.groovy'))
def notices = new File(basedir, 'notices')
def finished = new File(basedir, 'finished')
new File(finished, '_data').mkdirs()
['_organization.yaml', '_data/competencies.yaml', '_data/non-represented-member-states.yaml'].each {
    new File(finished, it).bytes = new File(notices, it).bytes
}
def valid = new File(basedir, '../../../../notices/protection-coordinator-tripoli-2018.yaml').text
        .replaceFirst(/(?m)^  opens: .*$/, '  opens: 2026-11-16').replaceFirst(/(?m)^  closes: .*$/, '  closes: 2026-11-30')
new File(finished, 'open-notice.yaml').text = valid
new File(finished, 'draft-notice.yaml').text = valid.replace('VN 2018/195', 'VN 2026/001') + 'draft: true\n'
new File(finished, 'later-notice.yaml').text = valid.replace('VN 2018/195', 'VN 2026/002')
        .replaceFirst(/(?m)^  opens: .*$/, '  opens: 2026-11-23')
true
