package org.dyad.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.nlp.Sentence;

/**
 * Every name, adjective, title and group noun of the actor knowledge, indexed by first word so a sentence is
 * matched in one pass. Lower-case phrases (titles, group nouns) match case-insensitively; names match as
 * written, so the pronoun "us" never becomes the United States. Immutable and thread-safe.
 */
public final class ActorLexicon {
    private record Entry(List<String> words, boolean caseInsensitive, ActorAtom template) {
    }

    /**
     * A name that may be matched approximately: a person's full name or surname alias, or a country's one-word
     * name.
     */
    record ApproximateName(String name, int words, ActorAtom template) {
    }

    private static final int MIN_APPROXIMATE_LENGTH = 6;
    private static final int MIN_APPROXIMATE_SURNAME_LENGTH = 7;

    private final Map<String, List<Entry>> byFirstWord;
    private final List<ApproximateName> approximateNames;

    private ActorLexicon(Map<String, List<Entry>> byFirstWord, List<ApproximateName> approximateNames) {
        this.byFirstWord = byFirstWord;
        this.approximateNames = approximateNames;
    }

    /** Builds the lexicon of the given knowledge. */
    public static ActorLexicon of(ActorKnowledge knowledge) {
        Builder builder = new Builder();
        for (Person person : knowledge.people()) {
            ActorAtom atom = new ActorAtom(0, 1, AtomKind.PERSON, person.country(), null, null, person,
                    person.name(), true);
            builder.add(person.name(), atom);
            person.aliases().forEach(alias -> builder.add(alias, atom));
        }
        for (Organisation org : knowledge.organisations()) {
            ActorAtom atom = new ActorAtom(0, 1, AtomKind.ORGANISATION, org.country(), null, org.code(), null,
                    org.name(), true);
            builder.add(org.name(), atom);
            org.aliases().forEach(alias -> builder.add(alias, atom));
        }
        for (Seat seat : knowledge.seats()) {
            String country = seat.code().length() >= 3 ? seat.code().substring(0, 3) : null;
            String sector = seat.code().length() > 3 ? seat.code().substring(3) : null;
            builder.add(seat.phrase(), new ActorAtom(0, 1, AtomKind.SEAT, country, sector, seat.code(), null,
                    seat.phrase(), true));
        }
        for (Country country : knowledge.countries()) {
            ActorAtom named = new ActorAtom(0, 1, AtomKind.COUNTRY, country.code(), null, null, null,
                    country.name(), true);
            builder.add(country.name(), named);
            country.aliases().forEach(alias -> builder.add(alias, named));
            ActorAtom adjective = new ActorAtom(0, 1, AtomKind.NATIONALITY, country.code(), null, null, null,
                    country.name(), true);
            country.adjectives().forEach(adj -> builder.add(adj, adjective));
            ActorAtom capital = new ActorAtom(0, 1, AtomKind.SEAT, country.code(), "GOV", country.code() + "GOV",
                    null, country.name(), true);
            country.capitals().forEach(city -> builder.add(city, capital));
        }
        for (Title title : knowledge.titles()) {
            builder.add(title.phrase(), new ActorAtom(0, 1, AtomKind.TITLE, null, title.sector(), null, null,
                    title.phrase(), true));
        }
        for (SectorNoun noun : knowledge.sectorNouns()) {
            builder.add(noun.phrase(), new ActorAtom(0, 1, AtomKind.SECTOR, noun.country(), noun.sector(), null,
                    null, noun.phrase(), true));
        }
        return new ActorLexicon(builder.build(), approximateNames(knowledge));
    }

    /** Names worth matching with a letter or two wrong ("Xi Jingping", "Zelenskyi", "Ethopia"), longest first. */
    List<ApproximateName> approximateNames() {
        return approximateNames;
    }

    private static List<ApproximateName> approximateNames(ActorKnowledge knowledge) {
        List<ApproximateName> names = new ArrayList<>();
        for (Person person : knowledge.people()) {
            ActorAtom atom = new ActorAtom(0, 1, AtomKind.PERSON, person.country(), null, null, person,
                    person.name(), false);
            List<String> all = new ArrayList<>(person.aliases());
            all.add(0, person.name());
            for (String name : all) {
                int words = name.split(" ").length;
                // one-word aliases are the surnames the file vouches for as unambiguous ("Zelensky")
                if (words >= 2 || name.length() >= MIN_APPROXIMATE_SURNAME_LENGTH) {
                    names.add(new ApproximateName(name, words, atom));
                }
            }
        }
        for (Country country : knowledge.countries()) {
            boolean oneWord = !country.name().contains(" ") && country.name().length() >= MIN_APPROXIMATE_LENGTH;
            if (oneWord) {
                names.add(new ApproximateName(country.name(), 1, new ActorAtom(0, 1, AtomKind.COUNTRY,
                        country.code(), null, null, null, country.name(), false)));
            }
        }
        names.sort(Comparator.comparingInt(ApproximateName::words).reversed());
        return List.copyOf(names);
    }

    /** The longest dictionary match starting at token {@code start}, or null. */
    ActorAtom longestMatch(Sentence sentence, int start) {
        String word = sentence.token(start).word();
        ActorAtom best = null;
        for (List<Entry> entries : candidates(word)) {
            for (Entry entry : entries) {
                int length = entry.words().size();
                if (matches(sentence, start, entry) && (best == null || length > best.end() - best.start())) {
                    best = entry.template().at(start, start + length, true);
                }
            }
        }
        return best;
    }

    private List<List<Entry>> candidates(String word) {
        List<List<Entry>> lists = new ArrayList<>(2);
        lists.add(byFirstWord.getOrDefault(word, List.of()));
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.equals(word)) {
            lists.add(byFirstWord.getOrDefault(lower, List.of()));
        }
        return lists;
    }

    private static boolean matches(Sentence sentence, int start, Entry entry) {
        List<String> words = entry.words();
        if (start + words.size() > sentence.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            // "People’s Army": a typographic apostrophe is the same letter as the one the files write
            String text = sentence.token(start + i).word().replace('\u2019', '\'');
            String known = words.get(i).replace('\u2019', '\'');
            boolean same = entry.caseInsensitive() ? text.equalsIgnoreCase(known) : text.equals(known);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static final class Builder {
        private final Map<String, List<Entry>> map = new HashMap<>();

        void add(String phrase, ActorAtom template) {
            boolean caseInsensitive = PhraseWords.isLowerCase(phrase);
            for (List<String> words : PhraseWords.variants(phrase)) {
                if (words.isEmpty()) {
                    continue;
                }
                ActorAtom sized = template.at(0, words.size(), true);
                String key = caseInsensitive ? words.get(0).toLowerCase(Locale.ROOT) : words.get(0);
                map.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(words, caseInsensitive, sized));
            }
        }

        Map<String, List<Entry>> build() {
            Map<String, List<Entry>> frozen = new HashMap<>();
            map.forEach((key, entries) -> {
                List<Entry> sorted = new ArrayList<>(entries);
                // On equal length the more specific kind wins: a person before a country of the same name.
                sorted.sort(Comparator.comparingInt((Entry e) -> e.template().kind().ordinal()));
                frozen.put(key, List.copyOf(sorted));
            });
            return Map.copyOf(frozen);
        }
    }
}
