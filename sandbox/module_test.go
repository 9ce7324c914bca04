package sandbox_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"sync"
	"testing"

	"github.com/pocogrid/pocogrid/sandbox"
)

// noopWasm is apps/src/noop.wat assembled: it writes "ok\n" to stdout.
var noopWasm, _ = hex.DecodeString("" +
	"0061736d01000000010c0260047f7f7f7f017f60000002230116776173695f73" +
	"6e617073686f745f70726576696577310866645f777269746500000302010105" +
	"03010001071302066d656d6f72790200065f737461727400010a0f010d004101" +
	"41004101410810001a0b0b16020041000b081000000003000000004110" +
	"0b036f6b0a")

func TestFirstUseConcurrently(t *testing.T) {
	e, err := sandbox.NewExecutor()
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close(context.Background())
	good := sandbox.NewApp("noop", noopWasm)
	bad := good
	bad.Module = bytes.Replace(noopWasm, []byte("ok\n"), []byte("ko\n"), 1)

	// Good and tampered requests race for the first compile of the same
	// hash; the tampered ones must fail without poisoning the cache.
	var wg sync.WaitGroup
	errs := make([]error, 16)
	results := make([]*sandbox.Result, 16)
	for i := range errs {
		app := good
		if i%4 == 1 {
			app = bad
		}
		out := t.TempDir()
		wg.Go(func() {
			results[i], errs[i] = e.Run(context.Background(), sandbox.Request{App: app, OutputDir: out})
		})
	}
	wg.Wait()
	want := sha256.Sum256([]byte("ok\n"))
	for i, err := range errs {
		if i%4 == 1 {
			if !errors.Is(err, sandbox.ErrHashMismatch) {
				t.Errorf("tampered run %d: err = %v", i, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		if results[i].Digest != want || results[i].Files != 1 {
			t.Errorf("run %d: %+v", i, results[i])
		}
	}
}

func TestInvalidModules(t *testing.T) {
	noStart := bytes.Replace(noopWasm, []byte("_start"), []byte("_stort"), 1)
	for name, module := range map[string][]byte{
		"not wasm":  []byte("hello"),
		"no _start": noStart,
		"truncated": noopWasm[:len(noopWasm)-5],
	} {
		_, err := testExec.Run(context.Background(), sandbox.Request{App: sandbox.NewApp(name, module), OutputDir: t.TempDir()})
		if err == nil {
			t.Errorf("%s: ran", name)
		}
	}
}
