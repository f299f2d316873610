package org.maqal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of HOUSE-STYLE.md: dependencies point one way and the core never touches Swing. */
class LayersTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maqal");
    }

    @Test
    void layersDependDownwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Main").definedBy("org.maqal")
                .layer("UI").definedBy("org.maqal.ui..")
                .layer("CLI").definedBy("org.maqal.cli..")
                .layer("App").definedBy("org.maqal.app..")
                .layer("Exercise").definedBy("org.maqal.exercise..")
                .layer("Export").definedBy("org.maqal.export..")
                .layer("Lesson").definedBy("org.maqal.lesson..")
                .layer("Corpus").definedBy("org.maqal.corpus..")
                .layer("Analysis").definedBy("org.maqal.analysis..")
                .layer("Text").definedBy("org.maqal.text..")
                .layer("Model").definedBy("org.maqal.model..")
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Main", "UI")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Main", "UI", "CLI")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App")
                .whereLayer("Exercise").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App", "Export", "Lesson")
                .whereLayer("Lesson").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App", "Export")
                .whereLayer("Corpus").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App", "Exercise", "Export", "Lesson")
                .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App", "Exercise", "Export", "Lesson")
                .whereLayer("Text").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App", "Exercise", "Export", "Lesson", "Corpus", "Analysis")
                .check(classes);
    }

    @Test
    void onlyTheWindowUsesSwingOrAwt() {
        // org.maqal.export.chart is the one exception: XChart draws a figures chart with Java2D
        // (java.awt) to put a PNG into the Word worksheet. It renders headless, takes plain numbers
        // and returns bytes, so no window and no other export class touch AWT.
        noClasses().that().resideOutsideOfPackages("org.maqal.ui..", "org.maqal", "org.maqal.export.chart")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
                .because("the core, the CLI and the presentation models must run without a window")
                .check(classes);
    }

    @Test
    void theChartPackageUsesNoSwing() {
        noClasses().that().resideInAPackage("org.maqal.export.chart")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..")
                .check(classes);
    }

    @Test
    void onlyExportUsesApachePoi() {
        noClasses().that().resideOutsideOfPackage("org.maqal.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingElseInMaqal() {
        noClasses().that().resideInAPackage("org.maqal.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.maqal.text..", "org.maqal.analysis..",
                        "org.maqal.corpus..", "org.maqal.exercise..", "org.maqal.lesson..", "org.maqal.export..",
                        "org.maqal.app..", "org.maqal.ui..", "org.maqal.cli..")
                .check(classes);
    }
}
