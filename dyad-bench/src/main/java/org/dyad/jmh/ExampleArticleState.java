package org.dyad.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.ActorLexicon;
import org.dyad.actor.ActorPhraseResolver;
import org.dyad.actor.AtomFinder;
import org.dyad.actor.DocumentActors;
import org.dyad.article.Article;
import org.dyad.coder.Coder;
import org.dyad.nlp.Doc;
import org.dyad.time.DateTagger;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The example article, analysed once by CoreNLP in the set-up, so the benchmarks time only Dyad's own stages.
 * The article is read from {@code examples/} (the {@code article} parameter names another file).
 */
@State(Scope.Benchmark)
public class ExampleArticleState {
    @Param("examples/2024-04-04-us-china-call.txt")
    public String article;

    Coder coder;
    Article input;
    Doc doc;
    AtomFinder atoms;
    ActorPhraseResolver phrases;
    DateTagger dates;
    DocumentActors actors;

    @Setup(Level.Trial)
    public void analyse() throws IOException {
        String raw = Files.readString(Path.of(article));
        String text = raw.strip().replaceFirst("^date (\\d{4}-\\d{2}-\\d{2})\\s+", "");
        LocalDate date = raw.strip().startsWith("date ") ? LocalDate.parse(raw.strip().substring(5, 15))
                : LocalDate.of(2024, 4, 4);
        coder = Coder.create();
        input = Article.of("example", date, text);
        doc = coder.annotate(text);
        atoms = new AtomFinder(ActorLexicon.of(ActorKnowledge.load()));
        phrases = new ActorPhraseResolver();
        dates = new DateTagger();
        actors = DocumentActors.of(doc, atoms, phrases);
    }
}
