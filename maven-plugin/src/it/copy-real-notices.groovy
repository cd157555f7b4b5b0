// Shared by the setup scripts of projects that build a copy of the repository's real notices.
def real = new File(basedir, '../../../../notices')
def notices = new File(basedir, 'notices')
real.eachFileRecurse { file ->
    if (file.isFile()) {
        def copy = new File(notices, real.toPath().relativize(file.toPath()).toString())
        copy.parentFile.mkdirs()
        copy.bytes = file.bytes
    }
}
true
