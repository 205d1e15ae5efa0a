package org.dyad.cli;

import java.io.InputStream;
import java.util.function.Supplier;
import org.dyad.coder.Coder;
import picocli.CommandLine;

/** Creates commands with the coder they share, so tests can hand every command one already-loaded coder. */
final class CommandFactory implements CommandLine.IFactory {
    private final Supplier<Coder> coders;
    private final InputStream stdin;
    private final ServerWait wait;
    private final CommandLine.IFactory defaults = CommandLine.defaultFactory();

    CommandFactory(Supplier<Coder> coders, InputStream stdin, ServerWait wait) {
        this.coders = coders;
        this.stdin = stdin;
        this.wait = wait;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == CodeCommand.class) {
            return type.cast(new CodeCommand(coders, stdin));
        }
        if (type == IngestCommand.class) {
            return type.cast(new IngestCommand(coders, stdin));
        }
        if (type == ExplainCommand.class) {
            return type.cast(new ExplainCommand(coders));
        }
        if (type == BenchCommand.class) {
            return type.cast(new BenchCommand(coders));
        }
        if (type == EvalCommand.class) {
            return type.cast(new EvalCommand(coders));
        }
        if (type == ServeCommand.class) {
            return type.cast(new ServeCommand(coders, wait));
        }
        if (type == DemoCommand.class) {
            return type.cast(new DemoCommand(coders, wait));
        }
        return defaults.create(type);
    }
}
