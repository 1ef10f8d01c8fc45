package dev.picket.bot.articles;

/** An upload or removal that was not done; the message tells the moderator what to fix, and nothing changed. */
public class UploadRefused extends Exception {

    public UploadRefused(String message) {
        super(message);
    }
}
