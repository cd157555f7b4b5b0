def md = new File(basedir, 'target/vacancy-diff.md').text
def expected = '''\
Organization data and templates changed: `_organization.yaml`. 1 notice changes through them alone.

2 notices change:

### Programme Assistant (Counter-Trafficking in Persons) (`programme-assistant-ctip-port-vila-2023`): changed

*Its notice file is unchanged: the organization's data or templates change it.*

- changed: “IOM is dedicated to promoting humane and orderly migration for the benefit of all.” → “IOM is dedicated to promoting humane, safe and orderly migration for the benefit of all.”
- the PDF's text changed

### Protection Coordinator (`protection-coordinator-tripoli-2018`): changed

| fact | before | after |
|---|---|---|
| Posting period | 10 August 2018 to 23 August 2018 | 10 August 2018 to 24 August 2018 |
| Closing date | 23 August 2018, 23:59 (Geneva, Switzerland) | 24 August 2018, 23:59 (Geneva, Switzerland) |

- removed: “Perform such other duties as may be assigned.”
- changed: “IOM is dedicated to promoting humane and orderly migration for the benefit of all.” → “IOM is dedicated to promoting humane, safe and orderly migration for the benefit of all.”
- the PDF's text changed
'''
assert md.startsWith('## What candidates will see change\n\nCompared with `')
assert md.contains('(HEAD\\~1), both built as on 2026-11-23.\n\n')
assert md.endsWith(expected) : md

def html = new File(basedir, 'target/vacancy-diff.html').text
assert html.contains('<tr class="removed"><td>Perform such other duties as may be assigned.</td><td></td></tr>')
def log = new File(basedir, 'build.log').text
assert log.contains('programme-assistant-ctip-port-vila-2023: changed, 0 facts and 1 sentence, by the organization\'s data or templates only, PDF text changed')
assert log.contains('2 notices change for candidates')
true
