package news.wireline.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.wireline.events.Story;

/** The copy between header and author credit, sorted into paragraphs, images and related-story teasers. */
record Body(List<String> paragraphs, List<Story.Image> images, List<Story.Teaser> teasers) {

    private static final int MIN_TEASER_HEADLINE_LENGTH = 10;
    private static final int MAX_TEASER_HEADLINE_LENGTH = 150;
    private static final int MIN_TEASER_HEADLINE_WORDS = 3;

    /**
     * @param leftover copy found in the header area, which comes first
     * @param lines the lines after the header, up to the author credit or the site's story list
     */
    static Body read(List<String> leftover, List<String> lines) {
        List<Story.Image> images = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            String line = lines.get(start);
            Optional<Story.Image> lead = Captions.afterHeadline(line);
            if (lead.isPresent()) {
                images.add(lead.get());
            } else if (!Chrome.is(line)) {
                break;
            }
            start++;
        }
        List<String> copy = new ArrayList<>(leftover);
        copy.addAll(lines.subList(start, lines.size()));

        List<String> paragraphs = new ArrayList<>();
        List<Story.Teaser> teasers = new ArrayList<>();
        int i = 0;
        while (i < copy.size()) {
            String line = copy.get(i);
            Optional<Story.Image> image = Captions.inBody(line);
            int teaserLines = teaserLinesAt(copy, i);
            if (image.isPresent()) {
                images.add(image.get());
            } else if (teaserLines > 0) {
                String summary = teaserLines > 1 && !Chrome.isArticleImage(copy.get(i + 1)) ? copy.get(i + 1) : null;
                teasers.add(new Story.Teaser(line, summary));
                i += teaserLines - 1;
            } else if (!Chrome.is(line)) {
                paragraphs.add(line);
            }
            i++;
        }
        return new Body(paragraphs, images, teasers);
    }

    /**
     * How many lines the teaser starting at {@code i} spans (0 when there is none): a headline-like
     * line, then a summary cut off with an ellipsis and/or the "Article image" placeholder.
     */
    private static int teaserLinesAt(List<String> copy, int i) {
        if (!teaserHeadline(copy.get(i)) || i + 1 >= copy.size()) {
            return 0;
        }
        String next = copy.get(i + 1);
        if (Chrome.isArticleImage(next)) {
            return 2;
        }
        if (Chrome.is(next)) {
            return 0;
        }
        boolean imageFollows = i + 2 < copy.size() && Chrome.isArticleImage(copy.get(i + 2));
        if (imageFollows) {
            return 3;
        }
        return Lines.endsWithEllipsis(next) ? 2 : 0;
    }

    private static boolean teaserHeadline(String line) {
        return line.length() >= MIN_TEASER_HEADLINE_LENGTH
                && line.length() <= MAX_TEASER_HEADLINE_LENGTH
                && Lines.words(line) >= MIN_TEASER_HEADLINE_WORDS
                && !Lines.endsLikeSentence(line)
                && !Chrome.is(line);
    }
}
