// Shared by the setup scripts of projects that bring their own notices: the organization's
// data files come from the repository's real notices folder.
def real = new File(basedir, '../../../../notices')
def notices = new File(basedir, 'notices')
new File(notices, '_data').mkdirs()
['_organization.yaml', '_data/competencies.yaml', '_data/non-represented-member-states.yaml'].each {
    new File(notices, it).bytes = new File(real, it).bytes
}
true
