package news.wireline.enrich.tagging;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import news.wireline.events.Tag.TagType;

/**
 * Known places and organisations under every alias, and demonyms pointing at their place.
 * Acronym aliases ("WHO", "US") match only as written, so "Who" and "us" never hit;
 * other aliases match regardless of case. When two entries claim one alias, the first loaded keeps it.
 */
final class Gazetteer {

    /** A known name; a demonym entry names the place it refers to. */
    record Entry(String name, TagType type, boolean demonym) {}

    private final Map<String, Entry> exact;
    private final Map<String, Entry> folded;

    private Gazetteer(Map<String, Entry> exact, Map<String, Entry> folded) {
        this.exact = Map.copyOf(exact);
        this.folded = Map.copyOf(folded);
    }

    static Gazetteer bundled(Tokenizer tokenizer) {
        Builder builder = new Builder(tokenizer);
        GazetteerLoader.loadInto(builder);
        return builder.build();
    }

    Optional<Entry> lookup(List<Token> tokens) {
        return lookup(Token.render(tokens));
    }

    Optional<Entry> lookup(String name) {
        Entry entry = exact.get(name);
        return Optional.ofNullable(entry != null ? entry : folded.get(fold(name)));
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Collects entries while loading; aliases are normalised by the same tokenizer the copy goes through. */
    static final class Builder {
        private final Tokenizer tokenizer;
        private final Map<String, Entry> exact = new HashMap<>();
        private final Map<String, Entry> folded = new HashMap<>();

        Builder(Tokenizer tokenizer) {
            this.tokenizer = tokenizer;
        }

        void add(Entry entry, List<String> aliases) {
            aliases(entry.name(), aliases).forEach(alias -> addAlias(alias, entry));
        }

        boolean knowsPlace(String name) {
            Entry entry = folded.get(fold(name));
            return entry != null
                    && entry.type() == TagType.PLACE
                    && !entry.demonym()
                    && entry.name().equals(name);
        }

        private void addAlias(String alias, Entry entry) {
            List<Token> tokens =
                    tokenizer.tokenize(alias).stream().filter(Token::isWord).toList();
            if (tokens.isEmpty()) {
                return;
            }
            String written = Token.render(tokens);
            boolean acronym = written.chars().noneMatch(Character::isLowerCase);
            if (acronym) {
                exact.putIfAbsent(written, entry);
            } else {
                folded.putIfAbsent(fold(written), entry);
            }
        }

        private static List<String> aliases(String name, List<String> aliases) {
            return Stream.concat(Stream.of(name), aliases.stream())
                    .filter(alias -> !alias.isBlank())
                    .toList();
        }

        Gazetteer build() {
            return new Gazetteer(exact, folded);
        }
    }
}
