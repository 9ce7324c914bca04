package main

// The client side of the node API (package api): a small HTTP+JSON client
// shared by the nodes, submit, status and result commands.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/pocogrid/pocogrid/api"
)

// defaultAPIURL is where a node started with default flags serves its API.
const defaultAPIURL = "http://127.0.0.1:7070"

// clientFlags are the flags every client command takes.
type clientFlags struct {
	api    string
	asJSON bool
}

func (f *clientFlags) register(cmd *cobra.Command) {
	def := defaultAPIURL
	if v := os.Getenv("POCOGRID_API"); v != "" {
		def = v
	}
	cmd.Flags().StringVar(&f.api, "api", def, "base URL of a scheduler node's API (env POCOGRID_API)")
	cmd.Flags().BoolVar(&f.asJSON, "json", false, "print JSON")
}

func (f *clientFlags) client() (*apiClient, error) { return newAPIClient(f.api) }

// apiClient talks to one node's API.
type apiClient struct {
	base string
	hc   *http.Client
}

func newAPIClient(base string) (*apiClient, error) {
	u, err := url.Parse(strings.TrimSpace(base))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("--api %q: want a URL such as %s", base, defaultAPIURL)
	}
	return &apiClient{
		base: strings.TrimRight(u.String(), "/"),
		hc:   &http.Client{Timeout: 2 * time.Minute},
	}, nil
}

// apiError is an error answer of the API.
type apiError struct {
	Code int
	Msg  string
}

func (e *apiError) Error() string {
	return fmt.Sprintf("%s (HTTP %d %s)", e.Msg, e.Code, http.StatusText(e.Code))
}

// getJSON GETs path into out, retrying a few times (bounded) when the node
// cannot be reached or is momentarily unavailable.
func (c *apiClient) getJSON(ctx context.Context, path string, out any) error {
	var err error
	delay := 200 * time.Millisecond
	for attempt := 1; attempt <= 3; attempt++ {
		if attempt > 1 {
			select {
			case <-ctx.Done():
				return err
			case <-time.After(delay):
			}
			delay *= 2
		}
		err = c.do(ctx, http.MethodGet, path, nil, out)
		var ae *apiError
		if err == nil || ctx.Err() != nil || (errors.As(err, &ae) && ae.Code != http.StatusServiceUnavailable && ae.Code != http.StatusBadGateway) {
			return err
		}
	}
	return err
}

// postJSON POSTs in as JSON to path and decodes the answer into out. Not
// retried: a submission is not idempotent.
func (c *apiClient) postJSON(ctx context.Context, path string, in, out any) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	return c.do(ctx, http.MethodPost, path, b, out)
}

func (c *apiClient) do(ctx context.Context, method, path string, body []byte, out any) error {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		var ne net.Error
		var oe *net.OpError
		if errors.As(err, &oe) || (errors.As(err, &ne) && !ne.Timeout()) {
			return fmt.Errorf("cannot reach the pocogrid API at %s (is a scheduler node serving it?): %w", c.base, err)
		}
		return fmt.Errorf("%s %s: %w", method, c.base+path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, c.base+path, err)
	}
	if resp.StatusCode >= 400 {
		var e api.ErrorReply
		if json.Unmarshal(raw, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(raw))
			if len(e.Error) > 300 {
				e.Error = e.Error[:300] + "…"
			}
		}
		return &apiError{Code: resp.StatusCode, Msg: e.Error}
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("%s %s: bad JSON answer: %w", method, c.base+path, err)
	}
	return nil
}

// cliContext is a context cancelled by Ctrl-C.
func cliContext(parent context.Context) (context.Context, context.CancelFunc) {
	if parent == nil {
		parent = context.Background()
	}
	return signal.NotifyContext(parent, os.Interrupt)
}

// cliShort abbreviates a hex id for tables.
func cliShort(h string) string {
	if len(h) > 16 {
		return h[:16] + "…"
	}
	return h
}
