import org.eclipse.jgit.api.Git

evaluate(new File(basedir, '../../../src/it/copy-organization-data.groovy'))
def real = new File(basedir, '../../../../notices')
def notices = new File(basedir, 'notices')
['protection-coordinator-tripoli-2018.yaml', 'programme-assistant-ctip-port-vila-2023.yaml'].each {
    new File(notices, it).bytes = new File(real, it).bytes
}
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git.add().addFilepattern('.').call()
git.commit().setMessage('Two notices').setAuthor('HR', 'hr@example.org').setSign(false).call()

def edit = { String name, String before, String after ->
    def file = new File(notices, name)
    assert file.text.contains(before)
    file.text = file.text.replace(before, after)
}
edit('_organization.yaml', 'IOM is dedicated to promoting humane and orderly migration for the benefit of all.',
        'IOM is dedicated to promoting humane, safe and orderly migration for the benefit of all.')
edit('protection-coordinator-tripoli-2018.yaml', 'closes: 2018-08-23', 'closes: 2018-08-24')
edit('protection-coordinator-tripoli-2018.yaml', '  - Perform such other duties as may be assigned.\n', '')
git.add().addFilepattern('.').call()
git.commit().setMessage('Safe migration; the coordinator a day longer').setAuthor('HR', 'hr@example.org')
        .setSign(false).call()
git.close()
true
