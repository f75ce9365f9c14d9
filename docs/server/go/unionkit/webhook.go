// Package unionkit verifies UnionKit webhook deliveries (the UnionKit-Signature header).
// Go 1.18 or later; standard library only. Checked against ../../webhook-signature-vectors.json.
package unionkit

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"
)

// Why a delivery cannot be trusted; each error's text is the reason code in the test vectors.
var (
	ErrMissingHeader           = errors.New("missing_header")
	ErrMalformedHeader         = errors.New("malformed_header")
	ErrNoMatchingSignature     = errors.New("no_matching_signature")
	ErrTimestampOutOfTolerance = errors.New("timestamp_out_of_tolerance")
)

// DefaultTolerance is how far the signed timestamp may be from now.
const DefaultTolerance = 300 * time.Second

// VerifyWebhook checks the header against the raw body (the exact bytes received, before any JSON
// parsing) and the endpoint's whsec_ secret, then the timestamp. It returns the signed time.
func VerifyWebhook(body []byte, header, secret string, tolerance time.Duration, now time.Time) (time.Time, error) {
	if strings.TrimSpace(header) == "" {
		return time.Time{}, ErrMissingHeader
	}
	ts := int64(-1)
	var signatures []string
	for _, part := range strings.Split(header, ",") {
		key, value, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		switch key {
		case "t":
			if ts >= 0 || value == "" || len(value) > 12 || strings.Trim(value, "0123456789") != "" {
				return time.Time{}, ErrMalformedHeader
			}
			ts, _ = strconv.ParseInt(value, 10, 64)
		case "v1":
			signatures = append(signatures, strings.ToLower(value))
		}
	}
	if ts < 0 || len(signatures) == 0 {
		return time.Time{}, ErrMalformedHeader
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(strconv.FormatInt(ts, 10) + "."))
	mac.Write(body)
	expected := mac.Sum(nil)
	matched := false
	for _, s := range signatures {
		if got, err := hex.DecodeString(s); err == nil && hmac.Equal(got, expected) {
			matched = true
		}
	}
	if !matched {
		return time.Time{}, ErrNoMatchingSignature
	}
	signed := time.Unix(ts, 0)
	skew := now.Sub(signed)
	if skew < 0 {
		skew = -skew
	}
	if skew > tolerance {
		return time.Time{}, ErrTimestampOutOfTolerance
	}
	return signed, nil
}
