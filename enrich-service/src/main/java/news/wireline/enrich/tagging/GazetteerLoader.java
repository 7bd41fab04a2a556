package news.wireline.enrich.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.wireline.enrich.tagging.Gazetteer.Entry;
import news.wireline.events.Tag.TagType;

/**
 * Fills the gazetteer: every ISO country from the JDK's locale data (renamed where newsrooms
 * write it differently), then the curated places, organisations and demonyms.
 * Countries go first so that a country keeps an alias a city or state also claims ("Georgia").
 */
final class GazetteerLoader {

    private static final Pattern PARENTHESISED = Pattern.compile("\\s*\\(([^)]*)\\)");
    private static final Pattern ADMINISTRATIVE = Pattern.compile("(.+) (Oblast|Krai|Province)");

    private GazetteerLoader() {}

    static void loadInto(Gazetteer.Builder builder) {
        loadCountries(builder);
        for (String line : ResourceLines.read("places.tsv")) {
            String[] columns = ResourceLines.columns(line, 2);
            builder.add(new Entry(columns[0], TagType.PLACE, false), withRegionForms(columns[0], aliases(columns[1])));
        }
        for (String line : ResourceLines.read("organisations.tsv")) {
            String[] columns = ResourceLines.columns(line, 2);
            builder.add(new Entry(columns[0], TagType.ORGANISATION, false), aliases(columns[1]));
        }
        for (String line : ResourceLines.read("demonyms.tsv")) {
            String[] columns = ResourceLines.columns(line, 2);
            if (!builder.knowsPlace(columns[1])) {
                throw new IllegalStateException("Demonym " + columns[0] + " points at unknown place " + columns[1]);
            }
            builder.add(new Entry(columns[1], TagType.PLACE, true), List.of(columns[0]));
        }
    }

    private static void loadCountries(Gazetteer.Builder builder) {
        Map<String, String[]> renamed = new HashMap<>();
        for (String line : ResourceLines.read("countries.tsv")) {
            String[] columns = ResourceLines.columns(line, 3);
            renamed.put(columns[0], columns);
        }
        for (String code : Locale.getISOCountries()) {
            String official = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            List<String> aliases = new ArrayList<>(jdkForms(official));
            String[] override = renamed.get(code);
            if (override != null) {
                aliases.addAll(aliases(override[2]));
            }
            String name = override != null ? override[1] : aliases.get(0);
            builder.add(new Entry(name, TagType.PLACE, false), aliases);
        }
    }

    /** "Bosnia & Herzegovina" → "Bosnia and Herzegovina"; "Myanmar (Burma)" → "Myanmar", "Burma". */
    private static List<String> jdkForms(String official) {
        List<String> forms = new ArrayList<>();
        Matcher parenthesised = PARENTHESISED.matcher(official);
        String plain = parenthesised.replaceAll("").replace(" & ", " and ").replace(" SAR China", "");
        forms.add(plain);
        forms.add(official);
        parenthesised.reset();
        while (parenthesised.find()) {
            forms.add(parenthesised.group(1));
        }
        if (plain.startsWith("St. ")) {
            forms.add("Saint " + plain.substring(4));
        }
        return forms;
    }

    /** "Kursk Oblast" is also written "Kursk region"; listing that by hand for every oblast invites typos. */
    private static List<String> withRegionForms(String name, List<String> aliases) {
        Matcher administrative = ADMINISTRATIVE.matcher(name);
        if (!administrative.matches()) {
            return aliases;
        }
        List<String> forms = new ArrayList<>(aliases);
        forms.add(administrative.group(1) + " region");
        forms.add(administrative.group(1) + " " + administrative.group(2).toLowerCase(Locale.ROOT));
        return forms;
    }

    private static List<String> aliases(String column) {
        return Arrays.stream(column.split("\\|"))
                .map(String::strip)
                .filter(alias -> !alias.isEmpty())
                .toList();
    }
}
