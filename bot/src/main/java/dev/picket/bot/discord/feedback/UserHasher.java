package dev.picket.bot.discord.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a salt and a user id, so the feedback log holds no Discord ids. */
public final class UserHasher {

    private final byte[] salt;

    public UserHasher(String salt) {
        if (salt == null || salt.isBlank()) {
            throw new IllegalArgumentException("the feedback salt must not be empty");
        }
        this.salt = salt.getBytes(StandardCharsets.UTF_8);
    }

    public String hash(String userId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(userId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "UserHasher[salt=***]";
    }
}
