package news.wireline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @Test
    void putsTheBaselineAndWirelineSideBySide() {
        Report report = new Report();
        report.add("end to end", Report.rate(1234.4), Report.rate(617), "same run");

        assertThat(report.table()).endsWith("| end to end | 1,234/s | 617/s | same run |\n");
    }

    @Test
    void aRewriteKeepsTheOptimisationsWrittenEarlierThatDay(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(LocalDate.now(ZoneOffset.UTC) + ".md");
        Files.writeString(file, "# old run\n\n" + Report.KEPT + "\n\nbatching: 100/s before, 900/s after\n");

        new Report().write(dir, "# new run\n\n");

        assertThat(Files.readString(file))
                .isEqualTo("# new run\n\n" + Report.KEPT + "\n\nbatching: 100/s before, 900/s after\n");
    }
}
