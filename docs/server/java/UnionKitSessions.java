import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Mints widget sessions (POST /v1/widget-sessions) with the partner's secret key. Java 17 or later;
 * JDK only. The answer is passed on as the JSON text the API sent: hand it (or its clientToken,
 * read with your JSON library) to the page's fetchToken, never the secret key.
 */
public final class UnionKitSessions {
  /** An API error: the HTTP status, the problem+json body (read its stable "code") and Request-Id. */
  public static final class ApiException extends Exception {
    private static final long serialVersionUID = 1L;
    public final int status;
    public final String problemJson;
    public final String requestId;

    ApiException(int status, String problemJson, String requestId) {
      super("UnionKit API answered " + status + " (request " + requestId + "): " + problemJson);
      this.status = status;
      this.problemJson = problemJson;
      this.requestId = requestId;
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String secretKey;

  /** baseUrl: e.g. "https://api.example/v1", or the sandbox's "http://127.0.0.1:4010/v1". */
  public UnionKitSessions(String baseUrl, String secretKey) {
    this.baseUrl = baseUrl;
    this.secretKey = secretKey;
  }

  /**
   * requestJson: e.g. {"workerRef":"rider-20931","components":["membership","insurance"]}. Reuse
   * idempotencyKey when retrying after a timeout, so the retry answers as the first request did.
   */
  public String create(String requestJson, String idempotencyKey) throws IOException, InterruptedException, ApiException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/widget-sessions"))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + secretKey)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofString(requestJson))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new ApiException(response.statusCode(), response.body(), response.headers().firstValue("Request-Id").orElse(""));
    }
    return response.body();
  }
}
