package dev.picket.corpus;

/** A corpus file that was not loaded, and why, in words a moderator can act on. */
public record SkippedFile(String file, String reason) {
}
