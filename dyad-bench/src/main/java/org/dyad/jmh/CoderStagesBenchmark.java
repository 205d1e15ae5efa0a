package org.dyad.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.actor.DocumentActors;
import org.dyad.coder.CodedArticle;
import org.dyad.time.DateMention;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The coder's own stages on a pre-analysed document: what an article costs once CoreNLP has done its part.
 * Run: {@code java -cp 'dyad-bench/target/dyad-bench-0.1.0-SNAPSHOT.jar:dyad-bench/target/lib/*'
 * org.openjdk.jmh.Main} from the repository root (see the README).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class CoderStagesBenchmark {

    /** Every stage after analysis: actors, dates, triggers and arguments, modality, places, merging. */
    @Benchmark
    public CodedArticle wholeCoder(ExampleArticleState state) {
        return state.coder.code(state.input, state.doc);
    }

    /** Actor atoms, phrases and coordinated pairs of every sentence. */
    @Benchmark
    public DocumentActors actors(ExampleArticleState state) {
        return DocumentActors.of(state.doc, state.atoms, state.phrases);
    }

    /** Date expressions of the whole text, resolved against the article date. */
    @Benchmark
    public List<DateMention> dates(ExampleArticleState state) {
        return state.dates.find(state.doc.text(), state.input.date());
    }
}
