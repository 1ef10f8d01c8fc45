package dev.picket.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Decides whether a file's bytes are text picket can read, and decodes them. */
final class FileText {

    /** Thrown with a reason a moderator can act on. */
    static final class NotText extends Exception {
        NotText(String reason) {
            super(reason);
        }
    }

    private FileText() {
    }

    static String decode(byte[] bytes) throws NotText {
        if (bytes.length == 0) {
            throw new NotText("empty file");
        }
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new NotText("binary file (contains NUL bytes), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control * 20 > sample) {
            throw new NotText("binary file (too many control characters), not text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new NotText("not valid UTF-8 (bad byte near offset " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new NotText("not valid UTF-8");
        }
    }
}
