package org.vacancypress.proofreading;

import java.nio.file.Path;
import org.vacancypress.core.model.ProofreadingData;
import org.vacancypress.core.validate.Proofreader;

/** Spelling and grammar by LanguageTool, offline, with results kept between builds. */
public final class LanguageToolProofreader implements Proofreader {

    @Override
    public LanguageToolSession open(ProofreadingData data, Path cacheFile) {
        return new LanguageToolSession(data, ProofCache.read(cacheFile, LanguageToolSession.fingerprint(data)));
    }
}
