package org.dyad.article;

/** The one change readers make to article text: Windows line ends become '\n', so offsets agree across platforms. */
final class LineEndings {
    private LineEndings() {
    }

    /** The text with every CRLF turned into LF; lone CRs and everything else kept as they are. */
    static String toLf(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
    }
}
