def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR] notices/') }
def expected = [
    "[ERROR] notices/unfinished.yaml:3:1: error: unknown key 'titel' (did you mean 'title'?)",
    "[ERROR] notices/unfinished.yaml:4:8: error: 'title' still holds a TODO placeholder from vacancy:new: write the real text [placeholder]",
    "[ERROR] notices/unfinished.yaml:5:39: error: unknown country code 'LYB': use the ISO 3166-1 alpha-2 code in upper case, e.g. LY for Libya",
    "[ERROR] notices/unfinished.yaml:6:8: error: grade G-5 is a general-service grade, but the staff category is international-professional; correct one of them [grade-category]",
    "[ERROR] notices/unfinished.yaml:8:18: error: 'contract.type' must be one of the contractTypes of _organization.yaml: fixed-term, special-short-term; found 'FTA'",
    "[ERROR] notices/unfinished.yaml:9:10: error: the notice has no closing date: add 'closes' under 'posting' [missing-closing-date]",
]
assert errors == expected : errors.join('\n')
assert log.contains('6 errors in ')
assert !new File(basedir, 'target/careers/unfinished.html').exists() : 'nothing is published'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/vacancy-problems.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.collect { "${it.locations[0].physicalLocation.artifactLocation.uri}:${it.locations[0].physicalLocation.region.startLine} ${it.level} ${it.ruleId}" } == [
    'notices/unfinished.yaml:3 error notice-error', 'notices/unfinished.yaml:4 error placeholder',
    'notices/unfinished.yaml:5 error notice-error', 'notices/unfinished.yaml:6 error grade-category',
    'notices/unfinished.yaml:8 error notice-error', 'notices/unfinished.yaml:9 error missing-closing-date']

assert log =~ /\[INFO\] finished\/draft-notice\.yaml:\d+:\d+: note: not published: the notice is a draft; remove 'draft: true' when it is ready/
assert log =~ /\[INFO\] finished\/later-notice\.yaml:\d+:\d+: note: not published yet: the notice opens on 2026-11-23/
assert log.contains('for 1 of 3 notices')
assert new File(basedir, 'target/careers/open-notice.html').isFile()
assert !new File(basedir, 'target/careers/draft-notice.html').exists()
assert !new File(basedir, 'target/careers/later-notice.html').exists()
true
