import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies UnionKit webhook deliveries (the UnionKit-Signature header). Java 17 or later; JDK only.
 * Checked against ../webhook-signature-vectors.json.
 */
public final class UnionKitWebhook {
  public static final long DEFAULT_TOLERANCE_SEC = 300;

  /** Why a delivery cannot be trusted: the reason code in the test vectors. */
  public static final class VerificationException extends Exception {
    private static final long serialVersionUID = 1L;
    public final String reason;

    VerificationException(String reason) {
      super(reason);
      this.reason = reason;
    }
  }

  private UnionKitWebhook() {}

  /**
   * Checks the header against the raw body (the exact bytes received, before any JSON parsing) and
   * the endpoint's whsec_ secret, then the timestamp. Returns the signed time in unix seconds.
   */
  public static long verify(byte[] body, String header, String secret, long toleranceSec, long nowSec)
      throws VerificationException {
    if (header == null || header.isBlank()) throw new VerificationException("missing_header");
    long t = -1;
    List<String> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) continue;
      String key = part.substring(0, eq).trim();
      String value = part.substring(eq + 1).trim();
      if (key.equals("t")) {
        if (t >= 0 || !value.matches("[0-9]{1,12}")) throw new VerificationException("malformed_header");
        t = Long.parseLong(value);
      } else if (key.equals("v1")) {
        signatures.add(value.toLowerCase());
      }
    }
    if (t < 0 || signatures.isEmpty()) throw new VerificationException("malformed_header");
    byte[] expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
      expected = mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    boolean matched = false;
    for (String s : signatures) {
      // MessageDigest.isEqual compares in constant time.
      if (s.matches("[0-9a-f]{64}") && MessageDigest.isEqual(HexFormat.of().parseHex(s), expected)) matched = true;
    }
    if (!matched) throw new VerificationException("no_matching_signature");
    if (Math.abs(nowSec - t) > toleranceSec) throw new VerificationException("timestamp_out_of_tolerance");
    return t;
  }
}
