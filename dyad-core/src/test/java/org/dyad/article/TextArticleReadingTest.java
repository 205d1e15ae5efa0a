package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.ReadResults.all;
import static org.dyad.article.ReadResults.only;
import static org.dyad.article.ReadResults.read;
import static org.dyad.article.ReadResults.rejected;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleReadingTest {
    private static final LocalDate APRIL_4 = LocalDate.of(2024, 4, 4);
    private static final String SUMMIT = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in "
            + "Nairobi on Tuesday to discuss the dispute over the Nile dam.";

    @TempDir
    Path dir;

    private ReadResult readOne(String fileName, String content, LocalDate defaultDate) throws IOException {
        Path file = write(fileName, content);
        return only(all(new ArticleReader(defaultDate).read(List.of(file.toString()))));
    }

    private Path write(String fileName, String content) throws IOException {
        return Files.writeString(dir.resolve(fileName), content, StandardCharsets.UTF_8);
    }

    @Test
    void headerOnTheSameLineAsTheTextLikeTheExampleArticle() throws IOException {
        ReadResult.Read result = read(readOne("2024-03-19-ruto-abiy.txt",
                " date 2024-03-19 " + SUMMIT + "\nBoth leaders spoke to reporters afterwards.\n", null));

        Article article = result.article();
        assertThat(article.id()).isEqualTo("2024-03-19-ruto-abiy");
        assertThat(article.date()).isEqualTo(LocalDate.of(2024, 3, 19));
        assertThat(article.text()).isEqualTo(SUMMIT + "\nBoth leaders spoke to reporters afterwards.");
        assertThat(article.title()).isNull();
        assertThat(article.source()).isNull();
        assertThat(article.url()).isNull();
        assertThat(result.origin()).isEqualTo(dir.resolve("2024-03-19-ruto-abiy.txt").toString());
    }

    @Test
    void headerOnItsOwnLineWithBlankLinesAfterIt() throws IOException {
        ReadResult.Read result = read(readOne("summit.txt", "date 2024-03-19\n\n  " + SUMMIT + "  \n\n", APRIL_4));

        assertThat(result.article().date()).isEqualTo(LocalDate.of(2024, 3, 19));
        assertThat(result.article().text()).isEqualTo(SUMMIT);
    }

    @Test
    void withoutHeaderTheDefaultDateIsUsedAndTheTextKeptWhole() throws IOException {
        ReadResult.Read result = read(readOne("summit.txt", SUMMIT + "\n", APRIL_4));

        assertThat(result.article().date()).isEqualTo(APRIL_4);
        assertThat(result.article().text()).isEqualTo(SUMMIT);
    }

    @Test
    void withoutHeaderOrDefaultDateTheFileIsRejected() throws IOException {
        ReadResult.Rejected rejected = rejected(readOne("summit.txt", SUMMIT, null));

        assertThat(rejected.line()).isZero();
        assertThat(rejected.reason()).isEqualTo("no date: add a 'date YYYY-MM-DD' first line or pass --date");
        assertThat(rejected.message()).isEqualTo(dir.resolve("summit.txt") + ": " + rejected.reason());
    }

    @Test
    void aTextThatMerelyBeginsWithTheWordDateIsNotAHeader() throws IOException {
        String text = "date of the referendum was moved to June by the electoral commission in Lusaka.";
        ReadResult.Read result = read(readOne("zambia.txt", text, APRIL_4));

        assertThat(result.article().text()).isEqualTo(text);
        assertThat(result.article().date()).isEqualTo(APRIL_4);
    }

    @Test
    void anImpossibleHeaderDateIsRejectedNotReadAsText() throws IOException {
        ReadResult.Rejected rejected = rejected(readOne("summit.txt", "date 2024-02-30\n" + SUMMIT, APRIL_4));

        assertThat(rejected.reason()).isEqualTo("impossible date '2024-02-30'");
    }

    @Test
    void windowsLineEndsBecomeLineFeedsAndNothingElseChanges() throws IOException {
        ReadResult.Read result = read(readOne("summit.txt",
                "date 2024-03-19\r\n" + SUMMIT + "\r\n\r\nThe talks\tended at noon.\r\n", null));

        assertThat(result.article().text()).isEqualTo(SUMMIT + "\n\nThe talks\tended at noon.");
    }

    @Test
    void aByteOrderMarkDoesNotHideTheHeader() throws IOException {
        ReadResult.Read result = read(readOne("summit.txt", "\uFEFFdate 2024-03-19\n" + SUMMIT, null));

        assertThat(result.article().text()).isEqualTo(SUMMIT);
        assertThat(result.article().date()).isEqualTo(LocalDate.of(2024, 3, 19));
    }

    @Test
    void emptyFileAndHeaderOnlyFileHaveNoText() throws IOException {
        assertThat(rejected(readOne("empty.txt", "", APRIL_4)).reason()).isEqualTo("no text");
        assertThat(rejected(readOne("header-only.txt", "date 2024-03-19\n \n", APRIL_4)).reason())
                .isEqualTo("no text");
    }

    @Test
    void invalidUtf8IsRejectedWithTheOffendingByte() throws IOException {
        byte[] latin1 = "date 2024-03-19\nTalks in S\u00e3o Paulo ended.".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("brazil.txt"), latin1);

        ReadResult.Rejected rejected = rejected(only(all(new ArticleReader(APRIL_4).read(List.of(file.toString())))));

        assertThat(rejected.line()).isZero();
        assertThat(rejected.reason()).isEqualTo("not UTF-8: invalid byte sequence at byte 27");
    }

    @Test
    void aTextLargerThanTheLimitIsRejectedUnread() throws IOException {
        Path file = write("long.txt", "date 2024-03-19\n" + SUMMIT);
        ArticleReader reader = new ArticleReader(null, Files::newInputStream, 64);

        ReadResult.Rejected rejected = rejected(only(all(reader.read(List.of(file.toString())))));

        assertThat(rejected.reason()).isEqualTo("larger than 64 bytes");
    }
}
