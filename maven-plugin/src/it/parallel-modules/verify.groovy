def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('[WARNING] * Your build is requesting parallel execution, but this project contains the following plugin(s) that have goals not marked as thread-safe')
['first', 'second'].each { module ->
    def site = new File(basedir, "${module}/target/careers")
    assert site.listFiles().findAll { it.name.endsWith('.pdf') }.size() == 7
    assert new File(site, 'index.html').isFile()
}
true
