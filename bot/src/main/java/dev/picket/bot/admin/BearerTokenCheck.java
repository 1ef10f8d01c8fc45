package dev.picket.bot.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/** Lets a request through only with {@code Authorization: Bearer <the admin token>}; 401 otherwise. */
class BearerTokenCheck implements HandlerInterceptor {

    private static final String SCHEME = "Bearer ";

    // Digests of equal length, compared with MessageDigest.isEqual, so the time taken says nothing about the
    // token's length or how much of a guess matched.
    private final byte[] expected;

    BearerTokenCheck(String token) {
        this.expected = sha256(token);
    }

    boolean accepts(String authorization) {
        if (authorization == null || authorization.length() < SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(authorization.substring(SCHEME.length()).strip()));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (accepts(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            return true;
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"picket admin\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write("{\"error\":\"a valid admin token is required: Authorization: Bearer <token>\"}");
        return false;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
