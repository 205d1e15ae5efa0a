package org.dyad.article;

import java.nio.file.Path;
import java.util.Objects;

/** One thing to read, found by expanding an input: a file, standard input, or a failure to report in its place. */
sealed interface InputItem permits InputItem.File, InputItem.StandardInput, InputItem.Failure {

    /** The path by which results are sorted and reported. */
    String name();

    /** A file of a known format. */
    record File(Path path, InputFormat format) implements InputItem {
        public File {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(format, "format");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /** Standard input, read as one .txt article. */
    record StandardInput() implements InputItem {
        static final String NAME = "<stdin>";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** An input that cannot be read at all. */
    record Failure(ReadResult.Rejected rejection) implements InputItem {
        public Failure {
            Objects.requireNonNull(rejection, "rejection");
        }

        @Override
        public String name() {
            return rejection.file();
        }
    }
}
