package org.vacancypress.core;

import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vacancypress.core.model.Condition;
import org.vacancypress.core.model.Notice;
import org.vacancypress.core.model.Organization;
import org.vacancypress.core.model.Translation;

/**
 * The pipeline's shape, on the compiled classes: each stage imports only the stages before it
 * (load -> validate -> resolve -> render -> publish), the facade calls them all, incremental
 * building serves the facade and publishing, and problems, the model and the build's threads
 * are shared by every stage and import no stage. Parsing files is loading's: later
 * stages take what it read, never the files' format. A class does one thing, so none is long.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vacancypress.core");

    @Test
    void stagesImportOnlyTheStagesBeforeThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Facade").definedBy("org.vacancypress.core")
                .layer("Problems").definedBy("org.vacancypress.core.problem..")
                .layer("Model").definedBy("org.vacancypress.core.model..")
                .layer("Load").definedBy("org.vacancypress.core.load..")
                .layer("Validate").definedBy("org.vacancypress.core.validate..")
                .layer("Resolve").definedBy("org.vacancypress.core.resolve..")
                .layer("Render").definedBy("org.vacancypress.core.render..")
                .layer("Publish").definedBy("org.vacancypress.core.publish..")
                .layer("Incremental").definedBy("org.vacancypress.core.incremental..")
                .layer("Parallel").definedBy("org.vacancypress.core.parallel..")
                .layer("Scaffold").definedBy("org.vacancypress.core.scaffold..")
                .layer("Serve").definedBy("org.vacancypress.core.serve..")
                .whereLayer("Load").mayOnlyBeAccessedByLayers("Validate", "Resolve", "Incremental", "Facade", "Scaffold")
                .whereLayer("Validate").mayOnlyBeAccessedByLayers("Resolve", "Facade")
                .whereLayer("Resolve").mayOnlyBeAccessedByLayers("Render", "Facade")
                .whereLayer("Render").mayOnlyBeAccessedByLayers("Publish", "Facade")
                .whereLayer("Publish").mayOnlyBeAccessedByLayers("Facade")
                .whereLayer("Incremental").mayOnlyBeAccessedByLayers("Publish", "Facade")
                .whereLayer("Parallel").mayOnlyAccessLayers("Problems")
                .whereLayer("Scaffold").mayOnlyBeAccessedByLayers("Facade")
                .whereLayer("Facade").mayOnlyBeAccessedByLayers("Serve")
                .whereLayer("Serve").mayNotBeAccessedByAnyLayer()
                .whereLayer("Model").mayOnlyAccessLayers("Problems")
                .whereLayer("Problems").mayNotAccessAnyLayer()
                .check(CORE);
    }

    /** Longer than this, a class does more than one thing: it is split by responsibility. */
    private static final int MAX_LINES = 300;

    @Test
    void noMainClassIsLongerThanThreeHundredLines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file) > MAX_LINES)
                    .map(file -> file.getFileName() + " (" + lines(file) + " lines)")
                    .sorted().toList();
            assertEquals(List.of(), tooLong, "classes over " + MAX_LINES + " lines");
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These records take their collections as loading made them, unmodifiable, without copying them again. */
    @Test
    void onlyLoadingBuildsTheRecordsThatTakeItsCollectionsAsTheyAre() {
        noClasses().that().resideOutsideOfPackages("org.vacancypress.core.load..", "org.vacancypress.core.model..")
                .should().callConstructorWhere(target(declaredIn(Notice.class)).or(target(declaredIn(Organization.class)))
                        .or(target(declaredIn(Condition.class))).or(target(declaredIn(Translation.class))))
                .check(CORE);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.vacancypress.(**)").should().beFreeOfCycles().check(CORE);
    }
}
