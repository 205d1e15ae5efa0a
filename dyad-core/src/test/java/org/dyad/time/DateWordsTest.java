package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The date vocabulary resource: every row loads and the language is complete. */
class DateWordsTest {
    private static final DateWords WORDS = DateWords.load();

    @Test
    void everyMonthAndWeekdayHasItsFullName() {
        List<String> months = List.of("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december");
        IntStream.range(0, 12).forEach(i ->
                assertThat(WORDS.find(DateWords.Kind.MONTH, months.get(i))).get()
                        .extracting(DateWords.Word::number).isEqualTo(i + 1));
        assertThat(WORDS.all(DateWords.Kind.WEEKDAY)).extracting(DateWords.Word::number)
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void numberWordsRunFromOneToTwelve() {
        List<String> numbers = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve");
        IntStream.range(0, 12).forEach(i ->
                assertThat(WORDS.find(DateWords.Kind.NUMBER, numbers.get(i))).get()
                        .extracting(DateWords.Word::number).isEqualTo(i + 1));
    }

    @Test
    void everyUnitHasASingularAndAPlural() {
        for (CalendarUnit unit : CalendarUnit.values()) {
            assertThat(WORDS.all(DateWords.Kind.UNIT)).filteredOn(word -> word.unit() == unit)
                    .extracting(DateWords.Word::usage)
                    .containsExactlyInAnyOrder(DateWords.Usage.SINGULAR, DateWords.Usage.PLURAL);
        }
    }

    @Test
    void ambiguousMonthsAreGuarded() {
        assertThat(WORDS.find(DateWords.Kind.MONTH, "may")).get().extracting(DateWords.Word::usage)
                .isEqualTo(DateWords.Usage.CUED);
        assertThat(WORDS.find(DateWords.Kind.MONTH, "march")).get().extracting(DateWords.Word::usage)
                .isEqualTo(DateWords.Usage.CAPITALISED);
        assertThat(WORDS.all(DateWords.Kind.MONTH)).filteredOn(word -> word.word().length() <= 4
                && !word.word().equals("june") && !word.word().equals("july") && !word.word().equals("may"))
                .allMatch(word -> word.usage() == DateWords.Usage.ABBREVIATION);
    }

    @Test
    void badRowsFailWithTheirLineNumber() {
        assertThatThrownBy(() -> parse("word\tkind\tvalue\tusage\nmarch\tmonth\t13\tany\n"))
                .hasMessageContaining("test.tsv line 2").hasMessageContaining("13");
        assertThatThrownBy(() -> parse("# comment\nword\tkind\tvalue\tusage\nMarch\tmonth\t3\tany\n"))
                .hasMessageContaining("line 3").hasMessageContaining("lower case");
        assertThatThrownBy(() -> parse("word\tkind\tvalue\tusage\nday\tunit\tDAY\tany\n"))
                .hasMessageContaining("line 2").hasMessageContaining("usage");
        assertThatThrownBy(() -> parse("word\tkind\tvalue\tusage\nsoon\tepoch\t1\tany\n"))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> parse("word\tkind\tvalue\tusage\nmay\tmonth\t5\n"))
                .hasMessageContaining("line 2").hasMessageContaining("cells");
        assertThatThrownBy(() -> parse("word\tkind\tvalue\tusage\nmay\tmonth\t5\tcued\nmay\tmonth\t5\tany\n"))
                .hasMessageContaining("line 3").hasMessageContaining("twice");
        assertThatThrownBy(() -> parse("word\tkind\nmay\tmonth\n")).hasMessageContaining("header");
        assertThatThrownBy(() -> parse("# only comments\n")).hasMessageContaining("no header");
    }

    @Test
    void aGoodTableParses() throws Exception {
        DateWords words = parse("word\tkind\tvalue\tusage\nfortnight\tunit\tWEEK\tsingular\n");
        assertThat(words.find(DateWords.Kind.UNIT, "fortnight")).get().extracting(DateWords.Word::unit)
                .isEqualTo(CalendarUnit.WEEK);
        assertThat(words.is(DateWords.Kind.MONTH, "may")).isFalse();
    }

    private static DateWords parse(String table) throws Exception {
        return DateWords.parse(new StringReader(table), "test.tsv");
    }
}
