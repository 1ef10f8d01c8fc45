package dev.picket.bot.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies far larger than any question before they are read into memory. A question is at most
 * 1,000 characters, so 64 KiB leaves room for any honest JSON around it. Content-Length is checked first, and the
 * bytes are counted as they are read, so a chunked body without one is cut off at the same size. A body that
 * trickles in is cut off once it has taken {@code picket.api.body-deadline} (a stalled one by Tomcat's
 * {@code server.tomcat.connection-timeout}), so slow clients cannot hold every request thread. A question set
 * posted to {@code /api/eval} is larger by nature and is bounded by its own limit ({@code picket.eval.max-body}).
 */
@Component
class BodySizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 64 * 1024;
    private static final String OWN_LIMIT = "/api/eval";

    private final long deadlineNanos;

    BodySizeLimit(ApiProperties properties) {
        this.deadlineNanos = properties.bodyDeadline().toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (!uri.startsWith("/api/") || uri.equals(OWN_LIMIT)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new Counted(request, deadlineNanos), response);
    }

    /** The 413 body, for this filter and for a read the counting stream stopped. */
    static void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"" + message() + "\"}");
    }

    static String message() {
        return "the request body is over " + MAX_BYTES / 1024 + " KiB";
    }

    /** Thrown by a read past the limit; {@link ApiErrorHandler} answers it with 413. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super(message());
        }
    }

    /** Thrown by a read past the body deadline; {@link ApiErrorHandler} answers it with 408. */
    static final class TooSlowException extends IOException {
        TooSlowException() {
            super("the request body took too long to arrive");
        }
    }

    private static final class Counted extends HttpServletRequestWrapper {

        private final long deadlineNanos;
        private ServletInputStream counted;

        Counted(HttpServletRequest request, long deadlineNanos) {
            super(request);
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingStream(super.getInputStream(), System.nanoTime() + deadlineNanos);
            }
            return counted;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long deadline;
        private long read;

        CountingStream(ServletInputStream in, long deadline) {
            this.in = in;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLargeException();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new TooSlowException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
