package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP as a user would run it out of the box, the yardstick of {@code dyad bench --baseline}:
 * tokenize, ssplit, pos, lemma, ner with its defaults (three CRF models, SUTime, numeric and fine-grained
 * classifiers, entity mentions) and depparse on every sentence. Thread-safe.
 */
public final class PlainCoreNlp {
    /** The annotators the baseline runs. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private final StanfordCoreNLP pipeline;

    /** Loads the models: seconds, and more heap than Dyad's own pipeline. */
    public PlainCoreNlp() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Annotates the text and returns its number of sentences. */
    public int annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<?> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        return sentences == null ? 0 : sentences.size();
    }
}
