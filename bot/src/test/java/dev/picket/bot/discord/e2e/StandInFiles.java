package dev.picket.bot.discord.e2e;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Discord's attachment CDN: serves the files a test attaches, at {@code /attachments/<id>/<file name>}. */
final class StandInFiles extends HttpServlet {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicInteger downloads = new AtomicInteger();

    /** Serves {@code content} at {@code path} (under {@code /attachments}) from now on. */
    void put(String path, byte[] content) {
        files.put(path, content.clone());
    }

    /** How many files were fetched so far. */
    int downloads() {
        return downloads.get();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] content = files.get(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (content == null) {
            response.setStatus(404);
            return;
        }
        downloads.incrementAndGet();
        response.setStatus(200);
        response.setContentType("application/octet-stream");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
