package unionkit

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// WidgetSessionRequest is the body of POST /v1/widget-sessions. Components: "membership",
// "insurance", "service_map", "events", "jobs", "help".
type WidgetSessionRequest struct {
	WorkerRef      string   `json:"workerRef"`
	Components     []string `json:"components"`
	Locale         string   `json:"locale,omitempty"`
	VerifiedMobile string   `json:"verifiedMobile,omitempty"`
}

// WidgetSession is what the page needs: hand ClientToken (wst_…, 15 minutes) to the widgets'
// fetchToken, never the secret key. Fields the API adds later are ignored, not an error.
type WidgetSession struct {
	ID          string    `json:"id"`
	ClientToken string    `json:"clientToken"`
	ExpiresAt   time.Time `json:"expiresAt"`
	Components  []string  `json:"components"`
}

// Problem is an API error (RFC 9457 problem+json). Branch on Code, which is stable; quote RequestID
// to the union's support.
type Problem struct {
	Status    int    `json:"status"`
	Code      string `json:"code"`
	Title     string `json:"title"`
	Detail    string `json:"detail"`
	RequestID string `json:"requestId"`
}

func (p *Problem) Error() string {
	return fmt.Sprintf("unionkit: %d %s (request %s)", p.Status, p.Code, p.RequestID)
}

// CreateWidgetSession mints a widget session with the partner's secret key. baseURL is e.g.
// "https://api.example/v1" or the sandbox's "http://127.0.0.1:4010/v1". Reuse idempotencyKey when you
// retry after a timeout, so the retry answers as the first request did.
func CreateWidgetSession(ctx context.Context, client *http.Client, baseURL, secretKey, idempotencyKey string, body WidgetSessionRequest) (*WidgetSession, error) {
	payload, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+"/widget-sessions", bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+secretKey)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", idempotencyKey)
	res, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	data, err := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	if res.StatusCode != http.StatusCreated {
		problem := &Problem{Status: res.StatusCode, RequestID: res.Header.Get("Request-Id")}
		_ = json.Unmarshal(data, problem)
		return nil, problem
	}
	session := &WidgetSession{}
	if err := json.Unmarshal(data, session); err != nil {
		return nil, err
	}
	return session, nil
}
