evaluate(new File(basedir, '../../../src/it/copy-organization-data.groovy'))
