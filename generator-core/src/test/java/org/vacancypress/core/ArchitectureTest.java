package org.vacancypress.core;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's shape, on the compiled classes: each stage imports only the stages before it
 * (load -> validate -> resolve -> render -> publish), the facade calls them all, and problems
 * and the model are shared by every stage and import none. Parsing files is loading's: later
 * stages take what it read, never the files' format.
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
                .layer("Scaffold").definedBy("org.vacancypress.core.scaffold..")
                .layer("Serve").definedBy("org.vacancypress.core.serve..")
                .whereLayer("Load").mayOnlyBeAccessedByLayers("Validate", "Resolve", "Facade", "Scaffold")
                .whereLayer("Validate").mayOnlyBeAccessedByLayers("Resolve", "Facade")
                .whereLayer("Resolve").mayOnlyBeAccessedByLayers("Render", "Facade")
                .whereLayer("Render").mayOnlyBeAccessedByLayers("Publish", "Facade")
                .whereLayer("Publish").mayOnlyBeAccessedByLayers("Facade")
                .whereLayer("Scaffold").mayOnlyBeAccessedByLayers("Facade")
                .whereLayer("Facade").mayOnlyBeAccessedByLayers("Serve")
                .whereLayer("Serve").mayNotBeAccessedByAnyLayer()
                .whereLayer("Model").mayOnlyAccessLayers("Problems")
                .whereLayer("Problems").mayNotAccessAnyLayer()
                .check(CORE);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.vacancypress.(**)").should().beFreeOfCycles().check(CORE);
    }
}
