package org.dyad.cli;

import java.io.InputStream;
import java.util.function.Supplier;
import org.dyad.coder.Coder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: political event data from news text. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Reads news and writes down who did what to whom, when and where.",
        subcommands = {CodeCommand.class, ExplainCommand.class, IngestCommand.class, RelationsCommand.class,
                TopCommand.class, ExportCommand.class, SqlCommand.class, ActorsCommand.class, PlacesCommand.class,
                EvalCommand.class, EvalActorsCommand.class, BenchCommand.class, BenchStoreCommand.class,
                ServeCommand.class, DemoCommand.class,
                CommandLine.HelpCommand.class})
public final class Dyad implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line whose commands build their coder from {@code coders} when they first need one. */
    public static CommandLine commandLine(Supplier<Coder> coders) {
        return commandLine(coders, System.in);
    }

    /** The same, reading standard input ("-") from {@code stdin}. */
    public static CommandLine commandLine(Supplier<Coder> coders, InputStream stdin) {
        return commandLine(coders, stdin, ServerWait.untilStopped());
    }

    /** The same, with serving commands doing {@code wait} once their server is up. */
    static CommandLine commandLine(Supplier<Coder> coders, InputStream stdin, ServerWait wait) {
        return new CommandLine(new Dyad(), new CommandFactory(coders, stdin, wait));
    }

    public static void main(String[] args) {
        int exit = commandLine(Coder::create).execute(args);
        System.exit(exit);
    }
}
