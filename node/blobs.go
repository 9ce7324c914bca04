package node

import (
	"context"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/pocogrid/pocogrid/blob"
	"github.com/pocogrid/pocogrid/messages"
)

// inlineLimit: results up to 1 MiB travel inside the reveal; larger ones
// are published as blobs and fetched by the scheduler.
const inlineLimit = 1 << 20

// blobServer is a worker node's content-addressed store of large results,
// served over HTTP (GET /v1/blobs/{sha256}) to the scheduler that fetches
// and verifies them.
type blobServer struct {
	store *blob.Store
	base  string // http://host:port
	srv   *http.Server
}

func startBlobServer(dataDir, host string) (*blobServer, error) {
	st, err := blob.Open(filepath.Join(dataDir, "blobs"))
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return nil, fmt.Errorf("blob server: %w", err)
	}
	b := &blobServer{store: st, base: "http://" + ln.Addr().String(),
		srv: &http.Server{Handler: blob.Handler(st), ReadHeaderTimeout: 10 * time.Second}}
	go func() { _ = b.srv.Serve(ln) }()
	return b, nil
}

func (b *blobServer) InlineLimit() int64 { return inlineLimit }

// Publish stores every file under dir as a blob (streamed from disk) and
// returns references to them.
func (b *blobServer) Publish(dir string) ([]*messages.ResultFile, error) {
	var refs []*messages.ResultFile
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s is not a regular file", p)
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		sum, size, err := b.store.Put(f)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		refs = append(refs, &messages.ResultFile{Path: filepath.ToSlash(rel), Sha256: sum[:], Size: uint64(size),
			Url: b.base + blob.PathPrefix + sum.String()})
		return nil
	})
	return refs, err
}

func (b *blobServer) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = b.srv.Shutdown(ctx)
}
