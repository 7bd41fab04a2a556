package news.wireline.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import news.wireline.publish.store.DatabaseClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service's clock in tests: real time, which a test can move forward, so an embargo an hour
 * away can pass at once instead of in an hour. Moving it affects every test in the shared context,
 * so tests only ever move it forward and never rely on how far it is from real time. The
 * database's time, which embargoes fall due by, moves with it: time passes for the whole service.
 */
public final class TestClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    Duration ahead() {
        return ahead;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service reads UTC only");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Replacement {

        /** The service then has no other: its clock is made only where none is. */
        @Bean
        TestClock clock() {
            return new TestClock();
        }

        /** Put before the service's own; moved as far as the test clock has been. */
        @Bean
        @Primary
        DatabaseClock movedDatabaseClock(JdbcClient jdbc, TestClock clock) {
            return new DatabaseClock(jdbc) {
                @Override
                public Instant now() {
                    return super.now().plus(clock.ahead());
                }
            };
        }
    }
}
