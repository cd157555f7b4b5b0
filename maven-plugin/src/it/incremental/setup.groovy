evaluate(new File(basedir, '../../../src/it/copy-real-notices.groovy'))
