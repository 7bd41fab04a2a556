package news.wireline.enrich.tagging;

import news.wireline.events.Tag.TagType;

/** One naming of an entity in the headline or body, already under its canonical name. */
record Mention(String name, TagType type, Evidence evidence, boolean inHeadline) {

    Mention named(String canonical) {
        return new Mention(canonical, type, evidence, inHeadline);
    }
}
