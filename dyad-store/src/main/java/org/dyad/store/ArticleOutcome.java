package org.dyad.store;

import java.util.Objects;
import org.dyad.article.Article;
import org.dyad.coder.CodedArticle;

/** What became of one input record: coded, failed in the coder, or rejected by the reader. */
public sealed interface ArticleOutcome permits ArticleOutcome.Coded, ArticleOutcome.Failed, ArticleOutcome.Rejected {

    /** The id the store keeps the record under. */
    String id();

    /** Where the record was read ({@code "news.jsonl:12"}), or {@code null}. */
    String origin();

    /** An article and its events. */
    record Coded(CodedArticle coded, String origin) implements ArticleOutcome {
        public Coded {
            Objects.requireNonNull(coded, "coded");
        }

        @Override
        public String id() {
            return coded.article().id();
        }
    }

    /** An article the coder could not code; a later ingest tries it again. */
    record Failed(Article article, String origin, String reason) implements ArticleOutcome {
        public Failed {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String id() {
            return article.id();
        }
    }

    /**
     * A record that could not be read; it is kept under its origin ({@code "news.jsonl:4"}).
     *
     * @param origin where the record was
     * @param reason why it could not be read
     */
    record Rejected(String origin, String reason) implements ArticleOutcome {
        public Rejected {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String id() {
            return origin;
        }

        @Override
        public String origin() {
            return origin;
        }
    }
}
