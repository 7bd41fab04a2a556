package news.wireline.enrich.tagging;

/**
 * Why a stretch of copy was taken for a name, with the confidence that evidence alone earns.
 * A curated list beats a pattern; a title before a name is the strongest pattern; a demonym
 * only implies its country ("North Korean troops" are about North Korea, but less surely so).
 * Context (the words around a proper noun: "spokeswoman", "city of") is as strong as a pattern.
 */
enum Evidence {
    GAZETTEER(0.70),
    TITLE(0.60),
    RULE(0.50),
    CONTEXT(0.50),
    SURNAME(0.45),
    DEMONYM(0.35);

    private final double confidence;

    Evidence(double confidence) {
        this.confidence = confidence;
    }

    double confidence() {
        return confidence;
    }
}
