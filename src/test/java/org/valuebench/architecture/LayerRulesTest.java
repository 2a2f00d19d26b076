package org.valuebench.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs and briefs, enforced on the production classes (tests may reach across layers). */
@AnalyzeClasses(packages = "org.valuebench", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    private static final String DOMAIN = "org.valuebench.domain..";
    private static final String ANALYSIS = "org.valuebench.analysis..";
    private static final String STORE = "org.valuebench.store..";
    private static final String IO = "org.valuebench.io..";
    private static final String APP = "org.valuebench.app..";
    private static final String UI = "org.valuebench.ui..";
    private static final String CLI = "org.valuebench.cli..";
    private static final String JAVAFX = "javafx..";
    private static final String JDBC = "java.sql..";

    @ArchTest
    static final ArchRule domainAndAnalysisUseNeitherJavaFxNorSql = noClasses()
            .that().resideInAnyPackage(DOMAIN, ANALYSIS)
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, JDBC);

    @ArchTest
    static final ArchRule domainDependsOnNothingElseOfOurs = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat(resideInAPackage("org.valuebench..").and(resideOutsideOfPackage(DOMAIN)));

    @ArchTest
    static final ArchRule storeKnowsNoLayerAboveIt = noClasses()
            .that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(APP, UI, CLI, IO, JAVAFX);

    /** Nothing in io yet until the formats land; the rule is ready for them. */
    @ArchTest
    static final ArchRule ioKnowsNoStoreAndNoLayerAboveIt = noClasses()
            .that().resideInAPackage(IO)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, APP, UI, CLI, JAVAFX)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule appKnowsNoFrontEnd = noClasses()
            .that().resideInAPackage(APP)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, JAVAFX);

    @ArchTest
    static final ArchRule commandLineGoesThroughApp = noClasses()
            .that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(UI, JAVAFX, STORE, IO);

    @ArchTest
    static final ArchRule onlyTheLauncherReachesTheWindow = noClasses()
            .that().resideOutsideOfPackage(UI)
            .and().doNotHaveFullyQualifiedName("org.valuebench.Launcher")
            .should().dependOnClassesThat().resideInAPackage(UI);
}
