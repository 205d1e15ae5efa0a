package org.dyad.coder;

import java.util.List;
import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.ActorLexicon;
import org.dyad.actor.ActorPhraseResolver;
import org.dyad.actor.AtomFinder;
import org.dyad.actor.DocumentActors;
import org.dyad.article.Article;
import org.dyad.event.ArticleDeduplicator;
import org.dyad.event.Event;
import org.dyad.event.EventExtractor;
import org.dyad.event.ModalityDetector;
import org.dyad.event.TriggerLexicon;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.Doc;
import org.dyad.nlp.SentenceFilter;
import org.dyad.ontology.CameoOntology;
import org.dyad.place.Gazetteer;
import org.dyad.place.PlaceResolver;
import org.dyad.time.DateMention;
import org.dyad.time.DateTagger;

/**
 * The one entry point from article to events, for every caller: CLI, server, Spark job, benchmarks and
 * evaluation. Build it once (the models load once) and share it between threads.
 *
 * <p>The chain: annotate (CoreNLP, behind {@link Annotator}) → actors (atoms, phrases, coreference) → date
 * expressions → events (triggers, arguments, modality, dates, places) → one event per repeated report.
 *
 * <p>The dependency parser runs only on sentences that can yield an event or that later references can point
 * back to ({@link EventCandidates}); {@link #parsingEverySentence()} gives a coder that parses them all, to show
 * that nothing is lost.
 */
public final class Coder {
    private final Annotator annotator;
    private final AtomFinder atoms;
    private final ActorPhraseResolver phrases = new ActorPhraseResolver();
    private final DateTagger dates = new DateTagger();
    private final EventExtractor extractor;
    private final ArticleDeduplicator deduplicator = new ArticleDeduplicator();
    private final SentenceFilter parse;

    public Coder(Annotator annotator, ActorKnowledge actors, CameoOntology ontology, Gazetteer gazetteer,
                 TriggerLexicon triggers, ModalityDetector modality) {
        this.annotator = annotator;
        this.atoms = new AtomFinder(ActorLexicon.of(actors));
        this.extractor = new EventExtractor(triggers, modality, ontology, new PlaceResolver(gazetteer));
        this.parse = new EventCandidates(atoms, triggers);
    }

    private Coder(Coder other, SentenceFilter parse) {
        this.annotator = other.annotator;
        this.atoms = other.atoms;
        this.extractor = other.extractor;
        this.parse = parse;
    }

    /** The same coder, sharing its models, but running the dependency parser on every sentence. */
    public Coder parsingEverySentence() {
        return new Coder(this, SentenceFilter.ALL);
    }

    /** A coder with CoreNLP and every knowledge file Dyad ships. Takes seconds: build one per JVM. */
    public static Coder create() {
        return withAnnotator(new CoreNlpAnnotator());
    }

    /** A coder with Dyad's knowledge files over another analysis. */
    public static Coder withAnnotator(Annotator annotator) {
        return new Coder(annotator, ActorKnowledge.load(), CameoOntology.load(), Gazetteer.load(),
                TriggerLexicon.load(), ModalityDetector.load());
    }

    /** The events of one article. */
    public CodedArticle code(Article article) {
        return code(article, annotate(article.text()));
    }

    /** The events of an article already analysed. */
    public CodedArticle code(Article article, Doc doc) {
        DocumentActors actors = DocumentActors.of(doc, atoms, phrases);
        List<DateMention> found = dates.find(doc.text(), article.date());
        List<Event> events = deduplicator.merge(extractor.extract(article, doc, actors, found));
        int tokens = doc.sentences().stream().mapToInt(sentence -> sentence.size()).sum();
        return new CodedArticle(article, events, doc.sentences().size(), tokens);
    }

    /** Everything the coder read on the way to an article's events, for {@code dyad explain}. */
    public Explanation explain(Article article) {
        Doc doc = annotate(article.text());
        DocumentActors actors = DocumentActors.of(doc, atoms, phrases);
        List<DateMention> found = dates.find(doc.text(), article.date());
        List<List<EventExtractor.Reading>> readings = doc.sentences().stream().map(extractor::readings).toList();
        List<Event> events = deduplicator.merge(extractor.extract(article, doc, actors, found));
        return new Explanation(article, doc, actors, found, readings, events);
    }

    /**
     * The analysis the coder reads, for explanations, tests and benchmarks: {@code code(article, annotate(text))}
     * is {@code code(article)}. Sentences that cannot yield an event have an empty dependency graph.
     */
    public Doc annotate(String text) {
        return annotator.annotate(text, parse);
    }
}
