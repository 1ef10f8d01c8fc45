package dev.picket.retrieval.llm;

import java.io.Closeable;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK client under LangChain4j's, retrying a {@code 429 Too Many Requests} once after the wait its
 * {@code Retry-After} asks for, when that wait is within a bound. LangChain4j turns a failed response into an
 * exception without its headers, so this is the one layer that can read {@code Retry-After}.
 */
final class RetryAfterHttpClient extends HttpClient {

    static final int TOO_MANY_REQUESTS = 429;

    private final HttpClient delegate;
    private final Duration maxWait;

    RetryAfterHttpClient(HttpClient delegate, Duration maxWait) {
        this.delegate = delegate;
        this.maxWait = maxWait;
    }

    /** The wait a 429 asks for, if it asks for one no longer than the bound; a past date means now. */
    static Optional<Duration> retryAfter(HttpResponse<?> response, Duration maxWait) {
        if (response.statusCode() != TOO_MANY_REQUESTS) {
            return Optional.empty();
        }
        return response.headers().firstValue("Retry-After").flatMap(RetryAfterHttpClient::parse)
                .filter(wait -> wait.compareTo(maxWait) <= 0);
    }

    private static Optional<Duration> parse(String value) {
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<T> response = delegate.send(request, handler);
        Optional<Duration> wait = retryAfter(response, maxWait);
        if (wait.isEmpty()) {
            return response;
        }
        discard(response);
        Thread.sleep(wait.get());
        return delegate.send(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                            HttpResponse.BodyHandler<T> handler) {
        return sendAsync(request, handler, null);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return delegate.sendAsync(request, handler, push).thenCompose(response -> {
            Optional<Duration> wait = retryAfter(response, maxWait);
            if (wait.isEmpty()) {
                return CompletableFuture.completedFuture(response);
            }
            discard(response);
            Executor later = CompletableFuture.delayedExecutor(wait.get().toMillis(), TimeUnit.MILLISECONDS);
            return CompletableFuture.supplyAsync(() -> null, later)
                    .thenCompose(ignored -> delegate.sendAsync(request, handler, push));
        });
    }

    // A streamed body is an open stream: close it, or the connection is never given back.
    private static void discard(HttpResponse<?> response) {
        if (response.body() instanceof Closeable body) {
            try {
                body.close();
            } catch (IOException ignored) {
                // The retry does not need this connection.
            }
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** Builds the JDK client as configured, wrapped. */
    static final class Builder implements HttpClient.Builder {

        private final HttpClient.Builder delegate;
        private final Duration maxWait;

        Builder(HttpClient.Builder delegate, Duration maxWait) {
            this.delegate = delegate;
            this.maxWait = maxWait;
        }

        @Override
        public HttpClient build() {
            return new RetryAfterHttpClient(delegate.build(), maxWait);
        }

        @Override
        public Builder cookieHandler(CookieHandler cookieHandler) {
            delegate.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public Builder connectTimeout(Duration duration) {
            delegate.connectTimeout(duration);
            return this;
        }

        @Override
        public Builder sslContext(SSLContext sslContext) {
            delegate.sslContext(sslContext);
            return this;
        }

        @Override
        public Builder sslParameters(SSLParameters sslParameters) {
            delegate.sslParameters(sslParameters);
            return this;
        }

        @Override
        public Builder executor(Executor executor) {
            delegate.executor(executor);
            return this;
        }

        @Override
        public Builder followRedirects(Redirect policy) {
            delegate.followRedirects(policy);
            return this;
        }

        @Override
        public Builder version(Version version) {
            delegate.version(version);
            return this;
        }

        @Override
        public Builder priority(int priority) {
            delegate.priority(priority);
            return this;
        }

        @Override
        public Builder proxy(ProxySelector proxySelector) {
            delegate.proxy(proxySelector);
            return this;
        }

        @Override
        public Builder authenticator(Authenticator authenticator) {
            delegate.authenticator(authenticator);
            return this;
        }
    }
}
