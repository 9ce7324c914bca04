package blob

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"
)

// PathPrefix is where blobs are served: GET PathPrefix + hex sha256.
const PathPrefix = "/v1/blobs/"

// URL is blob sum's address on the node serving at baseURL.
func URL(baseURL string, sum Sum) string {
	return strings.TrimRight(baseURL, "/") + PathPrefix + sum.String()
}

// Handler serves GET and HEAD /v1/blobs/{sha256} from s.
func Handler(s *Store) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+PathPrefix+"{sha256}", func(w http.ResponseWriter, r *http.Request) {
		s.ServeBlob(w, r, r.PathValue("sha256"))
	})
	return mux
}

// ServeBlob answers a request for the blob named by hexSum (for mounting
// on another mux): 400 for a malformed name, 404 for an unknown blob, else
// the bytes, streamed from disk with Content-Length, an ETag and Range
// support. The receiver verifies the hash; the server does not re-hash.
func (s *Store) ServeBlob(w http.ResponseWriter, r *http.Request, hexSum string) {
	sum, err := ParseSum(hexSum)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	f, err := s.Open(sum)
	if errors.Is(err, ErrNotFound) {
		jsonError(w, http.StatusNotFound, "blob "+sum.String()+" not found")
		return
	}
	if err != nil {
		jsonError(w, http.StatusInternalServerError, err.Error())
		return
	}
	defer f.Close()
	h := w.Header()
	h.Set("Content-Type", "application/octet-stream")
	h.Set("ETag", `"`+sum.String()+`"`)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("X-Content-Sha256", sum.String())
	// ServeContent streams the file (io.CopyN, sendfile where possible),
	// sets Content-Length and honours Range and If-None-Match.
	http.ServeContent(w, r, "", time.Time{}, f)
}

func jsonError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}
