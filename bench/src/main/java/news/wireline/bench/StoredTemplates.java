package news.wireline.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stories exactly as Wireline stored them in the end-to-end run (document, section, tags), used as
 * the patterns for the million bulk-loaded rows and for the enrich memory run.
 */
record StoredTemplates(List<Template> templates) {

    record TagRow(String key, String name, String type, double confidence, int mentions, int rank) {}

    record Template(
            String id,
            String headline,
            String section,
            String contentHash,
            String document,
            String summary,
            String bestTags,
            List<TagRow> tags) {}

    static StoredTemplates read(String url, String user, String password, int limit) throws SQLException {
        Map<String, Template> byId = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            try (PreparedStatement stories = connection.prepareStatement(
                    "SELECT story_id, headline, section, content_hash, document::text, summary, best_tags::text FROM story WHERE state = 'LIVE' ORDER BY story_id LIMIT ?")) {
                stories.setInt(1, limit);
                try (ResultSet rs = stories.executeQuery()) {
                    while (rs.next()) {
                        byId.put(
                                rs.getString(1),
                                new Template(
                                        rs.getString(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getString(6),
                                        rs.getString(7),
                                        new ArrayList<>()));
                    }
                }
            }
            try (PreparedStatement tags = connection.prepareStatement(
                            "SELECT story_id, tag_key, name, type, confidence, mentions, rank FROM story_tag ORDER BY story_id, rank");
                    ResultSet rs = tags.executeQuery()) {
                while (rs.next()) {
                    Template template = byId.get(rs.getString(1));
                    if (template != null) {
                        template.tags()
                                .add(new TagRow(
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getDouble(5),
                                        rs.getInt(6),
                                        rs.getInt(7)));
                    }
                }
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalStateException("the end-to-end run stored no stories to use as patterns");
        }
        return new StoredTemplates(List.copyOf(byId.values()));
    }

    /** The tag most templates carry among their {@code best} first tags, so a tag feed at any depth has stories. */
    String commonestTag(int best) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        templates.forEach(template -> template.tags()
                .subList(0, Math.min(best, template.tags().size()))
                .forEach(tag -> counts.merge(tag.key(), 1, Integer::sum)));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }
}
