package news.wireline.publish.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import news.wireline.publish.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class OverdueEmbargoesTest {

    HikariDataSource dataSource;
    JdbcClient jdbc;
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    OverdueEmbargoes overdue;

    @BeforeEach
    void freshDatabase() {
        dataSource = TestDatabase.fresh("wireline_overdue");
        jdbc = JdbcClient.create(dataSource);
        overdue = new OverdueEmbargoes(jdbc, registry);
    }

    @AfterEach
    void closeDatabase() {
        dataSource.close();
    }

    @Test
    void reportsHowLongTheMostOverdueEmbargoHasBeenDueByTheDatabasesClock() {
        held("budget", "now() - interval '240 seconds'");
        held("verdict", "now() - interval '45 seconds'");
        held("launch", "now() + interval '1 hour'");

        overdue.sample();

        assertThat(seconds()).isCloseTo(240, within(30.0));
    }

    @Test
    void isZeroWhenEveryDueEmbargoHasBeenReleased() {
        held("launch", "now() + interval '1 hour'");
        held("budget", "now() - interval '240 seconds'");
        overdue.sample();
        jdbc.sql("UPDATE story SET state = 'LIVE', embargoed_until = NULL WHERE story_id = 'budget'")
                .update();

        overdue.sample();

        assertThat(seconds()).isZero();
    }

    private double seconds() {
        return registry.get(OverdueEmbargoes.OVERDUE).gauge().value();
    }

    /** A story row as the store keeps one held back, with only the columns the release looks at filled in earnest. */
    private void held(String id, String embargoedUntil) {
        jdbc.sql("""
                        INSERT INTO story (story_id, version, headline, content_hash, document,
                                           first_published_at, updated_at, state, urgency, best_tags, embargoed_until)
                        VALUES (:id, 1, :headline, 'hash-' || :id, '{}', now(), now(), 'EMBARGOED', 5, '[]', %s)""".formatted(embargoedUntil))
                .param("id", id)
                .param("headline", "Embargoed " + id)
                .update();
    }
}
