package news.wireline.enrich.intake;

import static news.wireline.enrich.intake.IngestedStories.ingested;
import static news.wireline.enrich.intake.IngestedStories.story;

import java.util.List;
import news.wireline.events.Release;
import news.wireline.events.StoryIngested;

/**
 * A week of wire copy in three batches, in our own words: a port strike, its talks and its end,
 * a football derby later withdrawn, a storm and a correction, so a corpus holds corrections,
 * withdrawals and near-duplicates in every batch.
 */
final class HarbourWeek {

    static final List<StoryIngested> MONDAY = List.of(
            ingested(
                    "hw-strike",
                    1,
                    1,
                    story(
                            "Dockworkers walk out at Rotterdam over pay",
                            "Dockworkers at the Port of Rotterdam stopped work on Monday after pay talks with the terminal"
                                    + " operators broke down over night shifts.",
                            "Union negotiator Marloes Dekker said the walkout would last two days.")),
            ingested(
                    "hw-derby",
                    1,
                    2,
                    story("Feyenoord beat Sparta in the derby", "Feyenoord beat Sparta 2-0 at De Kuip on Sunday.")),
            ingested(
                    "hw-storm",
                    1,
                    3,
                    story(
                            "Storm closes Lisbon harbour",
                            "A storm closed the harbour of Lisbon on Monday and ferries across the Tagus were cancelled.")),
            ingested(
                    "hw-queue",
                    1,
                    4,
                    story(
                            "Ships queue off Rotterdam as strike holds",
                            "Forty container ships waited at anchor off Rotterdam as the dockworkers' strike over pay and"
                                    + " night shifts went into a second day.")),
            ingested(
                    "hw-storm",
                    2,
                    5,
                    story(
                            "Storm closes Lisbon harbour for a second day",
                            "The storm kept the harbour of Lisbon closed for a second day and ferries across the Tagus"
                                    + " stayed in port.")),
            ingested("hw-derby", 2, 6, story("Feyenoord beat Sparta", "Withdrawn."), Release.withdrawn()));

    static final List<StoryIngested> TUESDAY = List.of(
            ingested(
                    "hw-talks",
                    1,
                    7,
                    story(
                            "Rotterdam port talks resume",
                            "Terminal operators and the union resumed talks on pay and night shifts at the Port of Rotterdam"
                                    + " on Tuesday.",
                            "Marloes Dekker said the dockworkers would stay out until the offer improved.")),
            ingested(
                    "hw-talks-resent",
                    1,
                    8,
                    story(
                            "Rotterdam port talks resume - update",
                            "Terminal operators and the union resumed talks on pay and night shifts at the Port of Rotterdam"
                                    + " on Tuesday.",
                            "Marloes Dekker said the dockworkers would stay out until the offer improved.")),
            ingested(
                    "hw-ferries",
                    1,
                    9,
                    story(
                            "Lisbon ferries sail again after the storm",
                            "Ferries across the Tagus sailed again on Tuesday as the storm passed and the harbour of Lisbon"
                                    + " reopened.")),
            ingested(
                    "hw-queue",
                    2,
                    10,
                    story(
                            "Fifty ships queue off Rotterdam as strike holds",
                            "Fifty container ships waited at anchor off Rotterdam as the dockworkers' strike over pay and"
                                    + " night shifts went into a third day.")));

    static final List<StoryIngested> WEDNESDAY = List.of(
            ingested(
                    "hw-deal",
                    1,
                    11,
                    story(
                            "Rotterdam dockworkers end strike after pay deal",
                            "Dockworkers at the Port of Rotterdam went back to work on Wednesday after the union and the"
                                    + " terminal operators agreed a pay rise and extra pay for night shifts.",
                            "Marloes Dekker called the deal fair.")),
            ingested(
                    "hw-cleanup",
                    1,
                    12,
                    story(
                            "Lisbon counts the cost of the storm",
                            "Lisbon began repairing the harbour walls the storm damaged, and the ferries kept sailing.")));

    /** Stories a corpus is asked about after the week: what each is linked to shows what the corpus holds. */
    static final List<StoryIngested> THURSDAY = List.of(
            ingested(
                    "hw-probe-port",
                    1,
                    20,
                    story(
                            "Rotterdam port back to full speed after the strike",
                            "The Port of Rotterdam cleared the queue of container ships on Thursday, a day after the"
                                    + " dockworkers ended their strike over pay and night shifts.")),
            ingested(
                    "hw-probe-storm",
                    1,
                    21,
                    story(
                            "Lisbon harbour repairs to last a month",
                            "Repairs to the harbour walls of Lisbon damaged in the storm will take a month, the port said,"
                                    + " while ferries across the Tagus run as usual.")));

    private HarbourWeek() {}
}
