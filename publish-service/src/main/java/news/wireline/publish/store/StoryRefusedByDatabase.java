package news.wireline.publish.store;

import java.sql.SQLException;
import java.util.Set;
import news.wireline.kafka.RecordFault;
import org.springframework.stereotype.Component;

/**
 * A story the database refuses for what it holds: a value it cannot take (data exception, 22), a
 * constraint it breaks (integrity, 23), or a value past one of its limits, such as an index row
 * over 2,704 bytes (program limit exceeded, 54). The same story is refused the same way on every
 * try, so it is dead-lettered at once, its SQLSTATE in the dead letter's reason, and the partition
 * moves on. Outranks {@link DatabaseOutage}, whatever Spring translated the exception to.
 */
@Component
class StoryRefusedByDatabase implements RecordFault {

    private static final Set<String> REFUSAL_STATE_CLASSES = Set.of("22", "23", "54");

    @Override
    public boolean isFault(Throwable cause) {
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().length() == 5
                && REFUSAL_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2));
    }
}
