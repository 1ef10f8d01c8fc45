package dev.picket.bot.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies far larger than any question before they are read into memory. A question is at most
 * 1,000 characters, so 64 KiB leaves room for any honest JSON around it. A question set posted to
 * {@code /api/eval} is larger by nature and is bounded by its own limit ({@code picket.eval.max-body}) there.
 */
@Component
class BodySizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 64 * 1024;
    private static final String OWN_LIMIT = "/api/eval";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (uri.startsWith("/api/") && !uri.equals(OWN_LIMIT) && request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"the request body is over " + MAX_BYTES / 1024 + " KiB\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
