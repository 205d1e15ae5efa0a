package org.dyad.testing;

import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.coder.CodedArticle;
import org.dyad.coder.Coder;
import org.dyad.nlp.Doc;

/**
 * One real coder (CoreNLP models and all knowledge files) for every test class of the JVM: loading the models
 * takes seconds, so surefire runs the tests in one reused fork and they share this instance.
 */
public final class SharedCoder {
    private static Coder coder;

    private SharedCoder() {
    }

    public static synchronized Coder get() {
        if (coder == null) {
            coder = Coder.create();
        }
        return coder;
    }

    /** The full analysis, every sentence parsed: stage tests read graphs the coder's filter may spare. */
    public static Doc annotate(String text) {
        return get().parsingEverySentence().annotate(text);
    }

    public static CodedArticle code(String text, String date) {
        return get().code(Article.of("test", LocalDate.parse(date), text));
    }

    /** The CAMEO codes of the events of a text, in reading order. */
    public static List<String> codes(String text, String date) {
        return code(text, date).events().stream().map(event -> event.cameo().code()).toList();
    }
}
