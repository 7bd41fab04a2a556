package news.wireline.enrich.subjects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.wireline.enrich.tagging.TagEvidence;
import news.wireline.enrich.tagging.TextSpan;
import news.wireline.enrich.terms.AnalysedTerm;
import news.wireline.events.Tag;
import news.wireline.events.Tag.TagType;

/**
 * Files a story under IPTC Media Topics by the trigger words it uses. Evidence is counted per
 * second-level topic (a distinct trigger counts fully, a repeat half, a headline use half more)
 * and adds up into its top-level topic, so "ceasefire", "troops" and "shelling" together make
 * "conflict, war and peace" surer than any one of them. A topic needs two distinct triggers: one
 * word is too easily used in passing. Confidence rises with the evidence and stays below 0.95.
 */
public final class SubjectClassifier {

    private static final int MAX_TOP_LEVEL = 3;
    private static final int MAX_CHILDREN = 2;
    private static final double MIN_CHILD_SCORE = 2.0;
    private static final double MIN_TOP_SCORE = 3.0;
    private static final double DOUBT_KEPT_PER_POINT = 0.75;
    private static final double MAX_CONFIDENCE = 0.95;

    private final MediaTopics topics;
    private final Map<String, List<Trigger>> triggersByFirstTerm = new HashMap<>();

    private SubjectClassifier(MediaTopics topics) {
        this.topics = topics;
        for (MediaTopic topic : topics.all()) {
            topic.triggers()
                    .forEach(trigger -> triggersByFirstTerm
                            .computeIfAbsent(trigger.get(0), first -> new ArrayList<>())
                            .add(new Trigger(topic, trigger)));
        }
    }

    public static SubjectClassifier bundled() {
        return new SubjectClassifier(MediaTopics.bundled());
    }

    private record Trigger(MediaTopic topic, List<String> terms) {}

    /** Subject tags, most confident first, each with the trigger words that earned it. */
    public List<TagEvidence> classify(List<AnalysedTerm> terms) {
        Map<MediaTopic, Evidence> evidence = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            for (Trigger trigger : triggersByFirstTerm.getOrDefault(terms.get(i).text(), List.of())) {
                if (matchesAt(terms, i, trigger.terms())) {
                    evidence.computeIfAbsent(trigger.topic(), topic -> new Evidence())
                            .add(trigger.terms(), span(terms, i, trigger.terms().size()));
                }
            }
        }
        Map<MediaTopic, Double> familyScores = new HashMap<>();
        evidence.forEach((topic, found) -> familyScores.merge(
                topic.parent() == null ? topic : topics.get(topic.parent()), found.score(), Double::sum));
        List<TagEvidence> subjects = new ArrayList<>();
        familyScores.entrySet().stream()
                .filter(family -> family.getValue() >= MIN_TOP_SCORE)
                .sorted(Map.Entry.<MediaTopic, Double>comparingByValue()
                        .reversed()
                        .thenComparing(family -> family.getKey().code()))
                .limit(MAX_TOP_LEVEL)
                .forEach(family -> {
                    subjects.add(tag(family.getKey(), family.getValue(), familySpans(family.getKey(), evidence)));
                    evidence.entrySet().stream()
                            .filter(child ->
                                    family.getKey().code().equals(child.getKey().parent())
                                            && child.getValue().score() >= MIN_CHILD_SCORE)
                            .sorted(Comparator.comparingDouble((Map.Entry<MediaTopic, Evidence> child) ->
                                            child.getValue().score())
                                    .reversed()
                                    .thenComparing(child -> child.getKey().code()))
                            .limit(MAX_CHILDREN)
                            .forEach(child -> subjects.add(
                                    tag(child.getKey(), child.getValue().score(), child.getValue().spans)));
                });
        subjects.sort(Comparator.comparingDouble(
                        (TagEvidence subject) -> subject.tag().confidence())
                .reversed()
                .thenComparing(subject -> subject.tag().name()));
        return subjects;
    }

    private static List<TextSpan> familySpans(MediaTopic top, Map<MediaTopic, Evidence> evidence) {
        return evidence.entrySet().stream()
                .filter(entry -> entry.getKey() == top
                        || top.code().equals(entry.getKey().parent()))
                .flatMap(entry -> entry.getValue().spans.stream())
                .sorted(Comparator.comparing(TextSpan::part)
                        .thenComparingInt(TextSpan::paragraph)
                        .thenComparingInt(TextSpan::start))
                .distinct()
                .toList();
    }

    private static TagEvidence tag(MediaTopic topic, double score, List<TextSpan> spans) {
        double confidence = Math.min(MAX_CONFIDENCE, 1 - Math.pow(DOUBT_KEPT_PER_POINT, score));
        return new TagEvidence(
                new Tag(topic.tagName(), TagType.SUBJECT, Math.round(confidence * 1000) / 1000.0, spans.size()), spans);
    }

    private static boolean matchesAt(List<AnalysedTerm> terms, int at, List<String> trigger) {
        if (at + trigger.size() > terms.size()) {
            return false;
        }
        for (int k = 0; k < trigger.size(); k++) {
            AnalysedTerm term = terms.get(at + k);
            if (!term.text().equals(trigger.get(k))
                    || !term.span().part().equals(terms.get(at).span().part())
                    || term.span().paragraph() != terms.get(at).span().paragraph()) {
                return false;
            }
        }
        return true;
    }

    private static TextSpan span(List<AnalysedTerm> terms, int at, int length) {
        TextSpan first = terms.get(at).span();
        TextSpan last = terms.get(at + length - 1).span();
        String text = terms.subList(at, at + length).stream()
                .map(term -> term.span().text())
                .collect(Collectors.joining(" "));
        return new TextSpan(first.part(), first.paragraph(), first.start(), last.end(), text);
    }

    /** The trigger uses found for one topic. */
    private static final class Evidence {
        private final Set<List<String>> distinct = new LinkedHashSet<>();
        private final List<TextSpan> spans = new ArrayList<>();
        private int headlineUses;

        void add(List<String> trigger, TextSpan where) {
            distinct.add(trigger);
            spans.add(where);
            headlineUses += where.inHeadline() ? 1 : 0;
        }

        double score() {
            return distinct.size() < 2
                    ? 0
                    : distinct.size() + 0.5 * (spans.size() - distinct.size()) + 0.5 * headlineUses;
        }
    }
}
