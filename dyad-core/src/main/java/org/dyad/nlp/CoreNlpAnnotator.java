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
 *
 * <p>Annotation runs in two passes so the parser can be spared: tagging (tokens to entity tags) on the whole
 * text, then the parser on the sentences a {@link SentenceFilter} selects, as a second pipeline over an
 * annotation that holds only those sentences. The parser writes its graphs onto the same sentence objects.
 */
public final class CoreNlpAnnotator implements Annotator {
    private final StanfordCoreNLP tagging;
    private final StanfordCoreNLP parsing;

    public CoreNlpAnnotator() {
        this.tagging = new StanfordCoreNLP(taggingProperties());
        this.parsing = new StanfordCoreNLP(parsingProperties());
    }

    /** The first pass: everything the coder reads except the dependency graph. */
    static Properties taggingProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        return props;
    }

    /** The second pass: the neural dependency parser with enhanced++ dependencies, on tagged sentences. */
    static Properties parsingProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "depparse");
        // the tagging pass has produced what depparse requires, in another pipeline object
        props.setProperty("enforceRequirements", "false");
        props.setProperty("depparse.extradependencies", "MAXIMAL");
        return props;
    }

    @Override
    public Doc annotate(String text) {
        return annotate(text, SentenceFilter.ALL);
    }

    @Override
    public Doc annotate(String text, SentenceFilter parse) {
        Annotation annotation = new Annotation(NoiseRepair.repair(text));
        tagging.annotate(annotation);
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tokens = new ArrayList<>(coreSentences.size());
        List<CoreMap> chosen = new ArrayList<>();
        for (CoreMap coreSentence : coreSentences) {
            List<Token> sentenceTokens = toTokens(coreSentence);
            tokens.add(sentenceTokens);
            if (parse.needsParse(sentence(tokens.size() - 1, sentenceTokens, DependencyGraph.empty()))) {
                chosen.add(coreSentence);
            }
        }
        if (!chosen.isEmpty()) {
            Annotation selected = new Annotation(annotation.get(CoreAnnotations.TextAnnotation.class));
            selected.set(CoreAnnotations.SentencesAnnotation.class, chosen);
            parsing.annotate(selected);
        }
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (int i = 0; i < coreSentences.size(); i++) {
            SemanticGraph graph = coreSentences.get(i)
                    .get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            sentences.add(sentence(i, tokens.get(i), toGraph(graph, tokens.get(i).size())));
        }
        return new Doc(text, sentences);
    }

    private static List<Token> toTokens(CoreMap coreSentence) {
        List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            String lemma = label.lemma() == null ? label.word() : label.lemma();
            String ner = label.ner() == null ? "O" : label.ner();
            tokens.add(new Token(tokens.size(), label.word(), lemma, label.tag(), ner,
                    label.beginPosition(), label.endPosition()));
        }
        return tokens;
    }

    private static Sentence sentence(int index, List<Token> tokens, DependencyGraph graph) {
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, tokens, graph);
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
