// Command guest is the sandbox tests' WebAssembly guest (GOOS=wasip1).
// Its first argument picks a behaviour.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fail("usage: guest <mode> [args]")
	}
	arg := func(i int) string {
		if len(os.Args) <= i+1 {
			fail("missing argument")
		}
		return os.Args[i+1]
	}
	num := func(i int) int {
		n, err := strconv.Atoi(arg(i))
		if err != nil {
			fail(err.Error())
		}
		return n
	}
	switch os.Args[1] {
	case "hello": // stdout, two files, a map order and a random number
		fmt.Println("hello", strings.Join(os.Args[2:], " "), os.Getenv("GREETING"))
		m := map[int]bool{}
		for i := range 32 {
			m[i] = true
		}
		var order []string
		for k := range m {
			order = append(order, strconv.Itoa(k))
		}
		must(os.WriteFile("/out/map.txt", []byte(strings.Join(order, ",")), 0o644))
		must(os.MkdirAll("/out/sub", 0o755))
		must(os.WriteFile("/out/sub/rand.txt", []byte(strconv.FormatInt(rand.Int63(), 10)), 0o644))
	case "read": // print a file's content
		b, err := os.ReadFile(arg(1))
		must(err)
		os.Stdout.Write(b)
	case "symlink": // create a link to a host path, then read through it
		must(os.Symlink(arg(1), "/out/link"))
		b, err := os.ReadFile("/out/link")
		must(err)
		os.Stdout.Write(b)
	case "rawread": // <preopen fd> <path>
		rawRead(arg(1), arg(2))
	case "rawlink": // <old fd> <old path> <new fd> <new path>
		rawLink(arg(1), arg(2), arg(3), arg(4))
	case "outlink": // hard link inside /out (pre-open fd 3)
		must(os.WriteFile("/out/a", []byte("a"), 0o644))
		rawLink("3", "a", "3", "b")
	case "alloc": // hold n MiB
		var keep [][]byte
		for range num(1) {
			b := make([]byte, 1<<20)
			for j := range b {
				b[j] = byte(j)
			}
			keep = append(keep, b)
		}
		fmt.Println(len(keep))
	case "spin":
		for i := 0; ; i++ {
			if i < 0 {
				fmt.Println(i)
			}
		}
	case "sleep":
		time.Sleep(time.Duration(num(1)) * time.Millisecond)
	case "stdout": // n bytes to stdout
		writeN(os.Stdout, num(1))
	case "file": // n bytes to /out/big
		f, err := os.Create("/out/big")
		must(err)
		writeN(f, num(1))
		must(f.Close())
	case "exit":
		fmt.Fprintln(os.Stderr, "boom")
		os.Exit(num(1))
	case "copy": // copy /in's files to /out
		entries, err := os.ReadDir("/in")
		must(err)
		for _, e := range entries {
			b, err := os.ReadFile(filepath.Join("/in", e.Name()))
			must(err)
			must(os.WriteFile(filepath.Join("/out", e.Name()), b, 0o644))
		}
	case "writein":
		must(os.WriteFile("/in/new", []byte("x"), 0o644))
	default:
		fail("unknown mode " + os.Args[1])
	}
}

func writeN(f *os.File, n int) {
	buf := []byte(strings.Repeat("x", 1<<16))
	for n > 0 {
		k := min(n, len(buf))
		_, err := f.Write(buf[:k])
		must(err)
		n -= k
	}
}

func must(err error) {
	if err != nil {
		fail(err.Error())
	}
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, msg)
	os.Exit(3)
}
