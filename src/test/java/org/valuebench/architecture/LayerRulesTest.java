package org.valuebench.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The map of docs/ARCHITECTURE.md, enforced on the production classes (tests may reach across layers): the
 * layer table as one rule, no cycles between feature packages, and the bans on JavaFX, SQL, the terminal and
 * stack traces printed by hand.
 */
@AnalyzeClasses(packages = "org.valuebench", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    private static final String DOMAIN = "org.valuebench.domain..";
    private static final String ANALYSIS = "org.valuebench.analysis..";
    private static final String REPORT = "org.valuebench.report..";
    private static final String STORE = "org.valuebench.store..";
    private static final String IO = "org.valuebench.io..";
    private static final String APP = "org.valuebench.app..";
    private static final String CLI = "org.valuebench.cli..";
    private static final String UI = "org.valuebench.ui..";
    private static final String WEB = "org.valuebench.web..";
    /** The composition root: the one class of the window that may build the participants' HTTP listener. */
    private static final String COMPOSITION_ROOT = "org.valuebench.ui.ValueBenchApp";
    private static final String LAUNCHER = "org.valuebench.Launcher";
    /** The build's training run for the class-data sharing archive: it drives the command line and the window. */
    private static final String TRAINING = "org.valuebench.CdsTraining";
    /** The one class of the command line that wires its output to the process's streams. */
    private static final String CLI_OUTPUT = "org.valuebench.cli.CommandLineMain";
    private static final String JAVAFX = "javafx..";
    private static final String JDBC = "java.sql..";

    /** The table of docs/ARCHITECTURE.md, row by row: every other dependency between our layers fails. */
    @ArchTest
    static final ArchRule layersDependOnlyAsTheMapSays = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy(DOMAIN)
            .layer("Analysis").definedBy(ANALYSIS)
            // Optional: the rule holds before the package has its first class.
            .optionalLayer("Report").definedBy(REPORT)
            .layer("Store").definedBy(STORE)
            .layer("Io").definedBy(IO)
            .layer("App").definedBy(APP)
            .layer("Cli").definedBy(CLI)
            .layer("Ui").definedBy(UI)
            .optionalLayer("Web").definedBy(WEB)
            .layer("Launcher").definedBy(name(LAUNCHER).or(name(TRAINING)))
            .whereLayer("Domain").mayNotAccessAnyLayer()
            .whereLayer("Analysis").mayOnlyAccessLayers("Domain")
            .whereLayer("Report").mayOnlyAccessLayers("Domain", "Analysis")
            .whereLayer("Store").mayOnlyAccessLayers("Domain")
            .whereLayer("Io").mayOnlyAccessLayers("Domain", "Analysis", "Report")
            .whereLayer("App").mayOnlyAccessLayers("Domain", "Analysis", "Report", "Store", "Io")
            .whereLayer("Cli").mayOnlyAccessLayers("App", "Domain", "Analysis", "Report")
            .whereLayer("Ui").mayOnlyAccessLayers("App", "Domain", "Analysis", "Report", "Web")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Web").mayOnlyAccessLayers("App", "Domain")
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Ui")
            .whereLayer("Launcher").mayOnlyAccessLayers("Cli", "Ui");

    /**
     * Feature packages inside a layer (ui.board, ui.gaps, app.canvas, io.feedback, …) depend on each other one
     * way only. Classes right in a layer's own package belong to no slice.
     */
    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("org.valuebench.(*).(*)..").namingSlices("$1.$2")
            .should().beFreeOfCycles();

    /** The window reaches the participants' listener only through app.join; the composition root builds it. */
    @ArchTest
    static final ArchRule onlyTheCompositionRootKnowsTheWebLayer = noClasses()
            .that().resideInAPackage(UI).and().doNotHaveFullyQualifiedName(COMPOSITION_ROOT)
            .should().dependOnClassesThat().resideInAPackage(WEB)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule figuresUseNeitherJavaFxNorSql = noClasses()
            .that().resideInAnyPackage(DOMAIN, ANALYSIS, REPORT)
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, JDBC);

    @ArchTest
    static final ArchRule onlyTheWindowUsesJavaFx = noClasses()
            .that().resideInAnyPackage(STORE, IO, APP, CLI, WEB)
            .should().dependOnClassesThat().resideInAPackage(JAVAFX);

    /** Messages go through the log (System.Logger); only the command line's own output reaches the terminal. */
    @ArchTest
    static final ArchRule onlyTheCommandLineAndLauncherWriteToTheTerminal = noClasses()
            .that().doNotHaveFullyQualifiedName(LAUNCHER)
            .and().doNotHaveFullyQualifiedName(TRAINING)
            .and().doNotHaveFullyQualifiedName(CLI_OUTPUT)
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");

    /** printStackTrace() writes to System.err; a failure worth keeping is logged with its exception. */
    @ArchTest
    static final ArchRule noStackTracesPrintedToTheTerminal = noClasses()
            .should().callMethodWhere(target(name("printStackTrace"))
                    .and(target(owner(assignableTo(Throwable.class))))
                    .and(target(rawParameterTypes(new Class<?>[0]))));
}
