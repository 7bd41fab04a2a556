package news.wireline.enrich.tagging;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * OpenNLP's part-of-speech model applied one word at a time: each word takes the model's most
 * probable tag given its sentence and the tags before it. With the English model this gives
 * exactly the tags of OpenNLP's own beam search ({@link PartOfSpeech} says why), without the
 * search's sorting and bookkeeping. Not thread-safe: the context generator caches features.
 */
final class GreedyTagger {

    // The entry of a POS model package that holds its maximum entropy model.
    private static final String MAXENT_ENTRY = "pos.model";

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final double[] probabilities;

    GreedyTagger(POSModel posModel) {
        this.model = posModel.getArtifact(MAXENT_ENTRY);
        this.contexts = posModel.getFactory().getPOSContextGenerator();
        this.probabilities = new double[model.getNumOutcomes()];
    }

    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            // The tags before word i, and no more, as OpenNLP's search hands them to the context generator.
            String[] before = Arrays.copyOf(tags, i);
            tags[i] = model.getBestOutcome(model.eval(contexts.getContext(i, words, before, null), probabilities));
        }
        return tags;
    }
}
