package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The only class that knows CoreNLP: runs a lean pipeline (tokenize, ssplit, pos, lemma, a single 4-class NER
 * model, neural dependency parser) and copies what the coder reads into a {@link Doc}. Thread-safe: one
 * instance is meant to be shared by every thread of a JVM.
 */
public final class CoreNlpAnnotator implements Annotator {
    private final StanfordCoreNLP pipeline;

    public CoreNlpAnnotator() {
        this(leanProperties());
    }

    CoreNlpAnnotator(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** The pipeline Dyad runs: only the annotators the coder reads. */
    static Properties leanProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("depparse.extradependencies", "MAXIMAL");
        return props;
    }

    @Override
    public Doc annotate(String text) {
        Annotation annotation = new Annotation(NoiseRepair.repair(text));
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap coreSentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(toSentence(sentences.size(), coreSentence));
        }
        return new Doc(text, sentences);
    }

    private static Sentence toSentence(int index, CoreMap coreSentence) {
        List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            String lemma = label.lemma() == null ? label.word() : label.lemma();
            String ner = label.ner() == null ? "O" : label.ner();
            tokens.add(new Token(tokens.size(), label.word(), lemma, label.tag(), ner,
                    label.beginPosition(), label.endPosition()));
        }
        SemanticGraph graph = coreSentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, tokens, toGraph(graph, tokens.size()));
    }

    private static DependencyGraph toGraph(SemanticGraph graph, int tokenCount) {
        if (graph == null) {
            return DependencyGraph.empty();
        }
        List<Dependency> edges = new ArrayList<>();
        graph.getRoots().forEach(root -> edges.add(new Dependency(-1, root.index() - 1, "root")));
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            edges.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                    edge.getRelation().toString()));
        }
        return new DependencyGraph(edges, tokenCount);
    }
}
