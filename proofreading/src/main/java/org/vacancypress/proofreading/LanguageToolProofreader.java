package org.vacancypress.proofreading;

import java.nio.file.Path;
import org.languagetool.JLanguageTool;
import org.vacancypress.core.incremental.CodeHash;
import org.vacancypress.core.model.ProofreadingData;
import org.vacancypress.core.validate.Proofreader;

/** Spelling and grammar by LanguageTool, offline, with results kept between builds. */
public final class LanguageToolProofreader implements Proofreader {

    /** LanguageTool's version and this module's code: how it reads Markdown and which findings it drops. */
    private static final String VERSION = "LanguageTool " + JLanguageTool.VERSION + " "
            + CodeHash.of(LanguageToolProofreader.class);

    @Override
    public LanguageToolSession open(ProofreadingData data, Path cacheFile) {
        return new LanguageToolSession(data, ProofCache.read(cacheFile, VERSION + " " + data.fingerprint()));
    }

    @Override
    public String version() {
        return VERSION;
    }
}
