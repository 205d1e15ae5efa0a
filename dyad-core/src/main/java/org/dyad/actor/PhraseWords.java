package org.dyad.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a dictionary phrase into the words CoreNLP's tokenizer makes of it, so that phrases and text meet
 * token by token: "Washington, D.C." is [Washington, ",", D.C.]; a possessive ending is its own token ("People's"
 * is [People, 's]); a hyphenated name is tried whole and split, since the tokenizer splits some hyphens
 * ("US-sponsored") and keeps others.
 */
final class PhraseWords {
    private PhraseWords() {
    }

    /** The token sequences a phrase may appear as, most likely first. */
    static List<List<String>> variants(String phrase) {
        List<String> whole = split(phrase, false);
        List<String> hyphenSplit = split(phrase, true);
        return whole.equals(hyphenSplit) ? List.of(whole) : List.of(whole, hyphenSplit);
    }

    static boolean isLowerCase(String phrase) {
        return phrase.equals(phrase.toLowerCase(Locale.ROOT));
    }

    /** The tokenizer parts a possessive ending: "People's" is [People, 's], "Workers'" is [Workers, ']. */
    private static void addPossessiveSplit(List<String> words, String word) {
        String plain = word.replace('\u2019', '\'');
        if (plain.length() > 2 && plain.endsWith("'s")) {
            words.add(word.substring(0, word.length() - 2));
            words.add("'s");
        } else if (plain.length() > 2 && plain.endsWith("s'")) {
            words.add(word.substring(0, word.length() - 1));
            words.add("'");
        } else {
            words.add(word);
        }
    }

    private static List<String> split(String phrase, boolean splitHyphens) {
        List<String> words = new ArrayList<>();
        for (String part : phrase.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            boolean comma = part.length() > 1 && part.endsWith(",");
            String word = comma ? part.substring(0, part.length() - 1) : part;
            if (splitHyphens && word.length() > 1 && word.indexOf('-') > 0) {
                String[] pieces = word.split("-", -1);
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0) {
                        words.add("-");
                    }
                    if (!pieces[i].isEmpty()) {
                        words.add(pieces[i]);
                    }
                }
            } else {
                addPossessiveSplit(words, word);
            }
            if (comma) {
                words.add(",");
            }
        }
        return List.copyOf(words);
    }
}
