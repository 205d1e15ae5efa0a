package org.dyad.server;

import org.dyad.coder.Coder;

/** One real coder for every server test class of the JVM: the models load once. */
final class TestCoder {
    private static Coder coder;

    private TestCoder() {
    }

    static synchronized Coder get() {
        if (coder == null) {
            coder = Coder.create();
        }
        return coder;
    }
}
