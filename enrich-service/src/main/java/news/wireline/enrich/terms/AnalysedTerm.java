package news.wireline.enrich.terms;

import news.wireline.enrich.tagging.TextSpan;

/** One analysed word of a story: lower case, plural folded ("strikes" → "strike"), and where it stands. */
public record AnalysedTerm(String text, TextSpan span) {}
