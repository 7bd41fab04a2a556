package news.wireline.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled stories for the link-convergence tests, in our own words: forty running stories of
 * five pieces each, every piece naming its story's town, official, body and project, so links
 * fall inside a running story. The fifth piece of every fourth running story is an updated
 * rewrite of its first, a near-duplicate of it.
 */
final class ClusteredStories {

    static final int RUNNING_STORIES = 40;
    static final int PIECES = 5;

    private static final String[] TOWNS = {
        "Ostrava", "Tampere", "Bergamo", "Kaunas", "Plovdiv", "Gdansk", "Porto", "Aarhus",
        "Szeged", "Split", "Cluj", "Uppsala", "Ghent", "Graz", "Brno", "Tartu",
        "Malaga", "Lyon", "Bremen", "Turku", "Varna", "Bilbao", "Linz", "Kosice",
        "Rijeka", "Trieste", "Lublin", "Nantes", "Leipzig", "Odense", "Bruges", "Salzburg",
        "Bologna", "Valencia", "Wroclaw", "Galway", "Cork", "Limassol", "Maribor", "Debrecen"
    };
    private static final String[] OFFICIALS = {
        "Petra Novakova", "Juha Lehtinen", "Chiara Rota", "Rasa Petraitis", "Ivan Dimov",
        "Marta Kowal", "Rui Tavares", "Mette Holm", "Zoltan Varga", "Ana Babic",
        "Mihai Pop", "Elin Berg", "Pieter Claes", "Anna Huber", "Tomas Dvorak",
        "Kadri Tamm", "Lucia Ortega", "Claire Morel", "Jonas Weber", "Aino Virtanen",
        "Georgi Petrov", "Iker Etxeberria", "Franz Leitner", "Martin Kovac", "Luka Horvat",
        "Giulia Ferri", "Piotr Zielinski", "Yann Le Goff", "Sabine Krause", "Karen Madsen",
        "Wout Peeters", "Lena Gruber", "Marco Bianchi", "Pilar Navarro", "Ewa Nowak",
        "Siobhan Walsh", "Declan Murphy", "Andreas Georgiou", "Nina Kranjc", "Balazs Toth"
    };
    private static final String[] BODIES = {
        "Moravian Water Board", "Pirkanmaa Transit Authority", "Lombard Hospital Trust", "Baltic Grain Cooperative",
        "Thracian Vineyards Union", "Pomeranian Shipyard Company", "Douro Rail Consortium", "Jutland Wind Agency",
        "Csongrad Flood Council", "Dalmatian Ferry Line", "Transylvanian Forestry Office", "Uppland Research Institute",
        "Flemish Canal Board", "Styrian Steel Works", "Moravian Tram Company", "Livonian Dairy Federation",
        "Andalusian Solar Fund", "Rhone Silk Museum", "Hanseatic Port Office", "Aura River Trust",
        "Black Sea Fisheries Board", "Basque Metro Authority", "Danube Lock Service", "Carpathian Mining Group",
        "Kvarner Shipbuilders", "Adriatic Coffee Exchange", "Lublin Sugar Refinery", "Loire Estuary Agency",
        "Saxon Book Fair", "Funen Bicycle Office", "Bruges Lace Guild", "Mozart Festival Trust",
        "Emilian Food Council", "Turia Gardens Board", "Silesian Bridge Office", "Corrib Fisheries Trust",
        "Lee Valley Brewers", "Cypriot Citrus Board", "Drava Hydro Company", "Hajdu Thermal Baths"
    };
    private static final String[] PROJECTS = {
        "reservoir dam",
        "tram depot",
        "cancer ward",
        "grain silo",
        "wine cellar",
        "dry dock",
        "narrow gauge line",
        "offshore turbine",
        "levee",
        "car ferry",
        "sawmill",
        "particle lab",
        "lock gate",
        "blast furnace",
        "tram tunnel",
        "cheese plant",
        "solar farm",
        "silk archive",
        "container quay",
        "riverside park",
        "fish market",
        "metro extension",
        "river lock",
        "copper mine",
        "tanker hull",
        "roastery",
        "sugar mill",
        "tidal barrier",
        "exhibition hall",
        "cycle bridge",
        "lace school",
        "concert hall",
        "food market",
        "botanic garden",
        "road bridge",
        "salmon weir",
        "malt house",
        "citrus packhouse",
        "hydro dam",
        "spa"
    };
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    private ClusteredStories() {}

    /** The uri of piece {@code piece} of running story {@code running}: it becomes the story id. */
    static String uri(int running, int piece) {
        return "urn:converge:%02d-%d".formatted(running, piece);
    }

    /** Whether the piece is an updated rewrite of its running story's first piece. */
    static boolean isRewrite(int running, int piece) {
        return piece == PIECES - 1 && running % 4 == 0;
    }

    /**
     * Every piece's uri, in the order they are sent: a running story's pieces one after another,
     * so in a burst a piece's relatives are still being enriched when it is.
     */
    static List<String> uris() {
        List<String> uris = new ArrayList<>();
        for (int running = 0; running < RUNNING_STORIES; running++) {
            for (int piece = 0; piece < PIECES; piece++) {
                uris.add(uri(running, piece));
            }
        }
        return uris;
    }

    /** The piece a {@link #uri} names, as ninjs. */
    static String ninjs(String uri) {
        String[] parts = uri.substring(uri.lastIndexOf(':') + 1).split("-");
        return ninjs(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    static String ninjs(int running, int piece) {
        String headline = isRewrite(running, piece) ? "UPDATE: " + headline(running, 0) : headline(running, piece);
        List<String> body = new ArrayList<>(body(running, isRewrite(running, piece) ? 0 : piece));
        if (isRewrite(running, piece)) {
            body.add("This version adds the council's vote count.");
        }
        return """
                {"uri": "%s", "version": "1", "language": "en", "headline": "%s", "body_text": "%s"}""".formatted(uri(running, piece), headline, String.join("\\n\\n", body));
    }

    private static String headline(int running, int piece) {
        String town = TOWNS[running];
        String project = PROJECTS[running];
        return switch (piece) {
            case 0 -> "%s approves new %s".formatted(town, project);
            case 1 -> "Costs of %s %s questioned".formatted(town, project);
            case 2 -> "%s names builder for %s".formatted(BODIES[running], project);
            case 3 -> "Work starts on %s %s".formatted(town, project);
            default -> "%s opens its %s".formatted(town, project);
        };
    }

    private static List<String> body(int running, int piece) {
        String town = TOWNS[running];
        String official = OFFICIALS[running];
        String body = BODIES[running];
        String project = PROJECTS[running];
        String day = DAYS[(running + piece) % DAYS.length];
        int millions = 10 + (running * 7 + piece * 3) % 90;
        return switch (piece) {
            case 0 ->
                List.of(
                        "Councillors in %s voted on %s to build a new %s for the %s."
                                .formatted(town, day, project, body),
                        "%s, who chairs the %s, said the %s would cost about %d million euros."
                                .formatted(official, body, project, millions),
                        "Opponents said the money should go to schools instead.");
            case 1 ->
                List.of(
                        "Auditors asked on %s whether the %s planned by the %s in %s could stay within %d million euros."
                                .formatted(day, project, body, town, millions),
                        "%s defended the budget and promised monthly reports on the %s.".formatted(official, project),
                        "The auditors will publish their findings in the spring.");
            case 2 ->
                List.of(
                        "The %s picked a builder for the %s in %s on %s after a tender with six bidders."
                                .formatted(body, project, town, day),
                        "%s said the winning bid of %d million euros was the cheapest and the fastest."
                                .formatted(official, millions),
                        "Losing bidders have ten days to appeal.");
            case 3 ->
                List.of(
                        "Diggers moved onto the site of the %s in %s on %s.".formatted(project, town, day),
                        "%s of the %s told workers the %s should be ready within two years."
                                .formatted(official, body, project),
                        "Nearby roads will close at night while foundations are laid.");
            default ->
                List.of(
                        "Crowds in %s watched %s cut the ribbon on the %s on %s."
                                .formatted(town, official, project, day),
                        "The %s said the %s came in at %d million euros, close to the first estimate."
                                .formatted(body, project, millions),
                        "Guided tours begin next month.");
        };
    }
}
