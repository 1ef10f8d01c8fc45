package dev.picket.bot.discord;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short ids that tie a user's "something went wrong" message to the stack trace in the log. */
public final class ReferenceIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceIds() {
    }

    public static String next() {
        return randomHex(4);
    }

    /** {@code bytes} random bytes in hex; 8 bytes make ids no two answers of a bot's life will share. */
    public static String randomHex(int bytesLong) {
        byte[] bytes = new byte[bytesLong];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
