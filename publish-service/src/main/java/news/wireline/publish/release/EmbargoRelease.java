package news.wireline.publish.release;

import news.wireline.publish.store.StoryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Lets embargoed stories out when their time comes. The embargo lives in the database, not in a
 * timer, so a restart loses none; every instance polls, and each due story goes out exactly once.
 * Whether it is due is the database's call, by its own clock, so an instance whose clock runs fast
 * cannot let a story out early.
 */
@Component
class EmbargoRelease implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EmbargoRelease.class);

    private final StoryWriter writer;
    private final ReleaseSettings settings;

    EmbargoRelease(StoryWriter writer, ReleaseSettings settings) {
        this.writer = writer;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::releaseDue, settings.pollInterval());
    }

    void releaseDue() {
        try {
            int released;
            do {
                released = writer.releaseDue(settings.batchSize());
                if (released > 0) {
                    log.info("released {} embargoed stories", released);
                }
            } while (released == settings.batchSize());
        } catch (RuntimeException e) {
            log.warn("embargo release failed, will retry: {}", e.getMessage());
        }
    }
}
