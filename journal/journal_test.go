package journal_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/blob"
	"github.com/pocogrid/pocogrid/journal"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/result"
)

var (
	_ actors.Journal = (*journal.Bolt)(nil)
	_ result.Store   = (*journal.ResultStore)(nil)
)

func id(i int) [32]byte {
	var k [32]byte
	binary.BigEndian.PutUint64(k[24:], uint64(i))
	k[0] = 0xab
	return k
}

func rec(i int) []byte {
	return []byte(fmt.Sprintf("record %d %s", i, strings.Repeat("x", i%300)))
}

func open(t testing.TB, path string) *journal.Bolt {
	t.Helper()
	j, err := journal.OpenBolt(path)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func TestPutGetTasks(t *testing.T) {
	j := open(t, filepath.Join(t.TempDir(), "j.db"))
	defer j.Close()
	if _, ok, err := j.GetTask(id(1)); ok || err != nil {
		t.Fatalf("empty journal: %v %v", ok, err)
	}
	const n = 2500 // more than one read chunk
	var ids [][32]byte
	var recs [][]byte
	for i := 0; i < n; i++ {
		ids, recs = append(ids, id(i)), append(recs, rec(i))
	}
	if err := j.PutTasks(ids[:n/2], recs[:n/2]); err != nil {
		t.Fatal(err)
	}
	for i := n / 2; i < n; i++ {
		if err := j.PutTask(ids[i], recs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.PutTasks(ids[:1], nil); err == nil {
		t.Fatal("mismatched PutTasks accepted")
	}
	// Tasks visits each record once, in id order, and its callback may
	// write to the journal (a resumed task actor journals at once).
	seen := 0
	err := j.Tasks(func(k [32]byte, r []byte) error {
		if k != ids[seen] || !bytes.Equal(r, recs[seen]) {
			return fmt.Errorf("record %d: key %x", seen, k[24:])
		}
		seen++
		return j.PutTask(k, append(r, '!'))
	})
	if err != nil || seen != n {
		t.Fatalf("Tasks: %v after %d", err, seen)
	}
	if got, ok, _ := j.GetTask(id(7)); !ok || string(got) != string(rec(7))+"!" {
		t.Fatalf("updated record: %q", got)
	}
	if l, _ := j.Len(); l != n {
		t.Fatalf("Len %d", l)
	}
	stop := errors.New("stop")
	if err := j.Tasks(func([32]byte, []byte) error { return stop }); err != stop {
		t.Fatalf("callback error not returned: %v", err)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	if err := j.PutTask(id(1), nil); !errors.Is(err, journal.ErrClosed) {
		t.Fatalf("write after close: %v", err)
	}
	if err := j.Close(); err != nil {
		t.Fatal("second close:", err)
	}
}

func TestConcurrentWritersShareCommits(t *testing.T) {
	j := open(t, filepath.Join(t.TempDir(), "j.db"))
	defer j.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				k := w*1000 + i
				if err := j.PutTask(id(k), rec(k)); err != nil {
					errs <- err
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for w := 0; w < 8; w++ {
		for i := 0; i < 50; i++ {
			k := w*1000 + i
			if r, ok, _ := j.GetTask(id(k)); !ok || !bytes.Equal(r, rec(k)) {
				t.Fatalf("record %d missing", k)
			}
		}
	}
}

// TestBagIsAtomic: a reader never sees part of a bag.
func TestBagIsAtomic(t *testing.T) {
	j := open(t, filepath.Join(t.TempDir(), "j.db"))
	defer j.Close()
	const bags, size = 20, 100
	done := make(chan struct{})
	var partial error
	var rwg sync.WaitGroup
	rwg.Add(1)
	go func() {
		defer rwg.Done()
		for n := 0; n < 100_000; n++ {
			select {
			case <-done:
				return
			default:
			}
			counts := map[int]int{}
			_ = j.Tasks(func(k [32]byte, _ []byte) error {
				counts[int(binary.BigEndian.Uint64(k[24:]))/size]++
				return nil
			})
			for b, c := range counts {
				if c != size {
					partial = fmt.Errorf("bag %d seen with %d of %d tasks", b, c, size)
					return
				}
			}
		}
	}()
	for b := 0; b < bags; b++ {
		var ids [][32]byte
		var recs [][]byte
		for i := 0; i < size; i++ {
			ids, recs = append(ids, id(b*size+i)), append(recs, rec(i))
		}
		if err := j.PutTasks(ids, recs); err != nil {
			t.Fatal(err)
		}
	}
	close(done)
	rwg.Wait()
	if partial != nil {
		t.Fatal(partial)
	}
}

// copyDir copies a directory tree: the on-disk image a crash at this
// instant would leave (every acknowledged write was fsynced).
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCrashImage journals tasks and results, then, without closing
// anything, takes the on-disk image and opens it as a restarted node
// would: everything acknowledged is there.
func TestCrashImage(t *testing.T) {
	dir := t.TempDir()
	j, rs, err := journal.OpenDataDir(filepath.Join(dir, "live"))
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	for i := 0; i < 300; i++ {
		if err := j.PutTask(id(i), rec(i)); err != nil {
			t.Fatal(err)
		}
	}
	files := []*messages.ResultFile{{Path: "out.txt", Data: []byte("42\n")}, {Path: "img/tile.bin", Data: bytes.Repeat([]byte{7}, 100_000)}}
	digest, _ := result.Digest(files)
	if err := rs.Put(id(5), digest, files); err != nil {
		t.Fatal(err)
	}

	copyDir(t, filepath.Join(dir, "live"), filepath.Join(dir, "image"))
	j2, rs2, err := journal.OpenDataDir(filepath.Join(dir, "image"))
	if err != nil {
		t.Fatal(err)
	}
	defer j2.Close()
	n := 0
	err = j2.Tasks(func(k [32]byte, r []byte) error {
		i := int(binary.BigEndian.Uint64(k[24:]))
		if !bytes.Equal(r, rec(i)) {
			return fmt.Errorf("record %d differs", i)
		}
		n++
		return nil
	})
	if err != nil || n != 300 {
		t.Fatalf("after the crash: %v, %d records", err, n)
	}
	d, got, ok, err := rs2.Get(id(5))
	if err != nil || !ok || d != digest || len(got) != 2 {
		t.Fatalf("result after the crash: %v %v", ok, err)
	}
	if again, _ := result.Digest(got); again != digest {
		t.Fatal("result files differ after the crash")
	}
}

func TestResultStore(t *testing.T) {
	j, rs, err := journal.OpenDataDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	files := []*messages.ResultFile{{Path: "a", Data: []byte("hello")}, {Path: "b/c", Data: []byte("world")}}
	digest, _ := result.Digest(files)

	if err := rs.Put(id(1), [32]byte{1}, files); err == nil {
		t.Fatal("wrong digest accepted")
	}
	if _, _, ok, _ := rs.Get(id(1)); ok {
		t.Fatal("refused result stored")
	}
	if err := rs.Put(id(1), digest, files); err != nil {
		t.Fatal(err)
	}
	d, refs, ok, err := rs.Manifest(id(1))
	if err != nil || !ok || d != digest || len(refs) != 2 {
		t.Fatalf("manifest: %v %v %v", ok, err, refs)
	}
	if md, _ := blob.ManifestDigest(refs); md != digest {
		t.Fatal("manifest digest differs")
	}
	for _, r := range refs {
		if !rs.Blobs().Has(r.SHA256) {
			t.Fatalf("blob of %s missing", r.Path)
		}
	}
	// A blob rotten on disk is reported, not returned.
	if err := os.WriteFile(rs.Blobs().Path(refs[0].SHA256), []byte("HELLO"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := rs.Get(id(1)); !errors.Is(err, blob.ErrCorrupt) {
		t.Fatalf("corrupted blob: %v", err)
	}
}

func TestSecondOpenFailsClearly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.db")
	j := open(t, path)
	defer j.Close()
	if _, err := journal.OpenBolt(path); err == nil || !strings.Contains(err.Error(), "locked") {
		t.Fatalf("second open: %v", err)
	}
}

const childEnv = "POCOGRID_JOURNAL_KILL_CHILD"

// bagSize is the size of the bags the child journals every 4th step.
const bagSize = 25

// TestKill9Child is the child of TestKill9: it journals as fast as it can,
// printing each acknowledged write, until it is killed.
func TestKill9Child(t *testing.T) {
	dir := os.Getenv(childEnv)
	if dir == "" {
		t.Skip("child of TestKill9")
	}
	j, rs, err := journal.OpenDataDir(dir)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	out := os.Stdout                        // unbuffered: a printed ack is an acknowledged write
	deadline := time.Now().Add(time.Minute) // never outlive a lost parent
	for step := 0; step < 1_000_000 && time.Now().Before(deadline); step++ {
		var err error
		switch step % 4 {
		case 0: // a bag
			var ids [][32]byte
			var recs [][]byte
			for i := 0; i < bagSize; i++ {
				k := 1_000_000 + step*bagSize + i
				ids, recs = append(ids, id(k)), append(recs, rec(k))
			}
			err = j.PutTasks(ids, recs)
		case 1: // a result
			files := resultFiles(step)
			d, _ := result.Digest(files)
			err = rs.Put(id(step), d, files)
		default: // a state change
			err = j.PutTask(id(step), rec(step))
		}
		if err != nil {
			fmt.Fprintln(out, "error", err)
			os.Exit(2)
		}
		fmt.Fprintln(out, "ack", step)
	}
	os.Exit(3)
}

func resultFiles(step int) []*messages.ResultFile {
	sum := sha256.Sum256([]byte(strconv.Itoa(step)))
	return []*messages.ResultFile{{Path: "out", Data: bytes.Repeat(sum[:], 100+step%50)}}
}

// TestKill9 runs a child process that journals, SIGKILLs it mid-stream,
// reopens its data directory and finds every acknowledged write, and no
// partial bag.
func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKill9Child$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1024)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		_, _ = io.Copy(io.Discard, stdout)
	}()
	acked := map[int]bool{}
	killed := false
	kill := func() {
		if !killed {
			// SIGKILL: no deferred Close, no flush, nothing.
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Error(err)
			}
			killed = true
		}
	}
	timeout := time.NewTimer(45 * time.Second)
	defer timeout.Stop()
read:
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				break read
			}
			var step int
			if strings.HasPrefix(line, "error") {
				kill()
				t.Fatalf("child: %s", line)
			}
			if _, err := fmt.Sscanf(line, "ack %d", &step); err != nil {
				continue
			}
			acked[step] = true
			if len(acked) >= 400 {
				kill()
			}
		case <-timeout.C:
			kill()
		}
	}
	werr := cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !killed || !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child was not killed by SIGKILL: %v (killed=%v)", werr, killed)
	}
	if len(acked) < 400 {
		t.Fatalf("child acknowledged only %d writes", len(acked))
	}

	j, rs, err := journal.OpenDataDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	maxStep := 0
	for step := range acked {
		maxStep = max(maxStep, step)
		switch step % 4 {
		case 0:
			for i := 0; i < bagSize; i++ {
				k := 1_000_000 + step*bagSize + i
				if r, ok, err := j.GetTask(id(k)); err != nil || !ok || !bytes.Equal(r, rec(k)) {
					t.Fatalf("acknowledged bag %d lost task %d (%v)", step, i, err)
				}
			}
		case 1:
			d, files, ok, err := rs.Get(id(step))
			want, _ := result.Digest(resultFiles(step))
			if err != nil || !ok || d != want || len(files) != 1 {
				t.Fatalf("acknowledged result %d lost: %v %v", step, ok, err)
			}
		default:
			if r, ok, err := j.GetTask(id(step)); err != nil || !ok || !bytes.Equal(r, rec(step)) {
				t.Fatalf("acknowledged record %d lost (%v)", step, err)
			}
		}
	}
	// The write in flight at the kill may or may not be there, but a bag
	// is never there in part.
	bags := map[int]int{}
	err = j.Tasks(func(k [32]byte, _ []byte) error {
		if i := int(binary.BigEndian.Uint64(k[24:])); i >= 1_000_000 {
			bags[(i-1_000_000)/bagSize]++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for step, n := range bags {
		if n != bagSize {
			t.Fatalf("bag %d: %d of %d tasks after the crash", step, n, bagSize)
		}
	}
	t.Logf("child acknowledged %d writes (last step %d) before SIGKILL; all found after reopening, %d bags whole", len(acked), maxStep, len(bags))
}
