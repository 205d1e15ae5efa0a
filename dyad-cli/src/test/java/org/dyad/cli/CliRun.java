package org.dyad.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One run of the {@code dyad} command line as a user would type it, with the shared real coder: its exit code and
 * what it printed.
 */
record CliRun(int exit, String out, String err) {

    /** Runs {@code dyad args...} with empty standard input. */
    static CliRun run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    /** Runs {@code dyad args...} reading {@code stdin} as standard input. */
    static CliRun run(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Dyad.commandLine(TestCoder::get, stdin);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** The non-blank lines of standard output. */
    List<String> lines() {
        return out.lines().filter(line -> !line.isBlank()).toList();
    }
}
