package org.dyad.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses anything else, so that mis-encoded text is reported instead of silently turned
 * into replacement characters. Not thread-safe: one per reader.
 */
final class StrictUtf8 {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** What a run of bytes decoded to. */
    sealed interface Decoded permits Text, Invalid {
    }

    /** The bytes were UTF-8. */
    record Text(String text) implements Decoded {
    }

    /** The bytes were not UTF-8; the first bad byte is at this 0-based offset. */
    record Invalid(int byteOffset) implements Decoded {
        /** One line for a rejection. */
        String reason() {
            return "not UTF-8: invalid byte sequence at byte " + (byteOffset + 1);
        }
    }

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    Decoded decode(byte[] bytes, int length) {
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        try {
            return new Text(decoder.reset().decode(in).toString());
        } catch (CharacterCodingException e) {
            // decode() leaves the buffer positioned at the first byte it could not decode
            return new Invalid(in.position());
        }
    }

    /** The text without a leading byte order mark, which some editors write and no reader wants in the text. */
    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
