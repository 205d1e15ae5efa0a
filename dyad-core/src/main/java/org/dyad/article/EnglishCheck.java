package org.dyad.article;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyad.resource.TsvTable;

/**
 * A cheap test that a page is written in English: the share of its words that are common English function
 * words ({@code english-stopwords.tsv}). English news prose scores 30 to 45%; German, French, Spanish or
 * Russian prose scores a few percent, because the list leaves out words those languages share with English.
 * Texts shorter than {@value #MIN_WORDS} words are too short to judge and pass. Immutable and thread-safe.
 */
final class EnglishCheck {
    static final int MIN_WORDS = 30;
    static final double MIN_SHARE = 0.15;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> stopwords;

    EnglishCheck(Set<String> stopwords) {
        this.stopwords = Set.copyOf(stopwords);
    }

    static EnglishCheck load() {
        return new EnglishCheck(TsvTable.load(EnglishCheck.class, "english-stopwords.tsv", java.util.List.of("word"))
                .rows().stream().map(row -> row.get(0).toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Why the text is not English, or empty when it is (or is too short to tell). */
    Optional<String> whyNotEnglish(String text) {
        Matcher words = WORD.matcher(text);
        int total = 0;
        int common = 0;
        while (words.find()) {
            total++;
            if (stopwords.contains(words.group().toLowerCase(Locale.ROOT))) {
                common++;
            }
        }
        if (total < MIN_WORDS) {
            return Optional.empty();
        }
        double share = (double) common / total;
        if (share >= MIN_SHARE) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "not in English: %.0f%% of %d words are common English words (at least %.0f%% expected)",
                100 * share, total, 100 * MIN_SHARE));
    }
}
