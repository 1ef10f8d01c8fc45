package dev.picket.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.json.JsonMapper;

/** What the security review sent: chunked bodies past the limit, cross-site evaluations, broken query strings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.additional-location=optional:file:../config/",
                "picket.admin.token=" + HostileRequestsTest.TOKEN, "picket.api.body-deadline=1s"})
@AutoConfigureTestRestTemplate
@DirtiesContext
class HostileRequestsTest {

    static final String TOKEN = "hostile-requests-token";

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JsonMapper json;

    @Autowired
    TomcatServerProperties tomcat;

    private final HttpClient client = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        SampleCorpusCopy.serve(registry, tmp);
    }

    @BeforeEach
    void waitForTheIndex() {
        SampleCorpusCopy.awaitIndexed(http);
    }

    @Test
    void should_answer_413_when_a_chunked_body_is_over_the_limit() throws Exception {
        byte[] body = ("{\"question\": \"" + "a".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        // A stream of unknown length goes out chunked, without Content-Length.
        HttpRequest request = HttpRequest.newBuilder(uri("/api/ask")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\"");
    }

    @Test
    void should_answer_408_when_a_body_trickles_in_past_the_deadline() throws Exception {
        String body = "{\"question\": \"" + "a".repeat(40) + "\"}";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // One byte every 100 ms: 6 s for the whole body, far past the 1 s deadline.
            try {
                for (byte b : body.getBytes(StandardCharsets.US_ASCII)) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException closedByTheServer) {
                // Cut off mid-body: what is asked for; the status is read below.
            }
            String status = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

            assertThat(status).startsWith("HTTP/1.1 408");
        }
    }

    @Test
    void should_close_idle_and_stalled_connections_when_tomcat_is_configured() {
        assertThat(tomcat.getConnectionTimeout()).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(tomcat.getKeepAliveTimeout()).isLessThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void should_bound_strings_documents_and_nesting_when_reading_json() {
        StreamReadConstraints limits = json.tokenStreamFactory().streamReadConstraints();

        assertThat(limits.getMaxStringLength()).isLessThanOrEqualTo(256 * 1024);
        assertThat(limits.getMaxDocumentLength()).isBetween(1L, 1024L * 1024);
        assertThat(limits.getMaxNestingDepth()).isLessThanOrEqualTo(64);
    }

    @Test
    void should_answer_401_when_an_evaluation_comes_without_the_admin_token() throws Exception {
        HttpResponse<String> response = eval(null, "application/json");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
    void should_refuse_an_evaluation_when_its_content_type_is_one_a_web_page_may_send_cross_site(String type)
            throws Exception {
        HttpResponse<String> response = eval(TOKEN, type);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("application/x-ndjson");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=%ff%fe", "/api/search?q=a%", "/api/search?q=%zz", "/api/articles?offset=%"})
    void should_answer_400_when_the_query_string_is_malformed(String target) throws IOException {
        assertThat(raw(target)).isEqualTo(400);
    }

    @Test
    void should_answer_400_when_there_are_more_than_a_thousand_parameters() throws IOException {
        String query = IntStream.range(0, 1_200).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));

        assertThat(raw("/api/search?q=nurses&" + query)).isEqualTo(400);
    }

    @Test
    void should_show_health_details_only_when_the_admin_token_comes_with_the_request() throws Exception {
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> admin = client.send(HttpRequest.newBuilder(uri("/actuator/health"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(uri("/actuator/health"))
                .header("Authorization", "Bearer not-" + TOKEN).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"UP\"").doesNotContain("components").doesNotContain(tmp.toString());
        assertThat(wrong.body()).doesNotContain("components");
        assertThat(admin.body()).contains("\"components\"").contains("\"index\"");
    }

    private HttpResponse<String> eval(String token, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/eval")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"When did nurses strike?\"}\n"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a GET sent byte for byte, since URI refuses to build the broken ones. */
    private int raw(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
