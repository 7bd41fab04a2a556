package news.wireline.enrich.tagging;

import news.wireline.events.Tag.TagType;

/** One naming of an entity in the headline or body, already under its canonical name, and where it stands. */
record Mention(String name, TagType type, Evidence evidence, TextSpan span) {

    Mention named(String canonical) {
        return new Mention(canonical, type, evidence, span);
    }

    Mention at(TextSpan elsewhere) {
        return new Mention(name, type, evidence, elsewhere);
    }

    boolean inHeadline() {
        return span.inHeadline();
    }
}
