package main

import (
	"fmt"
	"os"
	"strconv"
	"unsafe"
)

// Raw WASI calls, so tests reach wazero's path handling without Go's own
// preopen resolution (which rejects ".." before any host call).

//go:wasmimport wasi_snapshot_preview1 path_open
//go:noescape
func pathOpen(rootFD int32, dirflags uint32, path *byte, pathLen uint32, oflags uint32, rightsBase uint64, rightsInheriting uint64, fdflags uint32, fd *int32) uint32

//go:wasmimport wasi_snapshot_preview1 path_link
//go:noescape
func pathLink(oldFD int32, oldFlags uint32, oldPath *byte, oldPathLen uint32, newFD int32, newPath *byte, newPathLen uint32) uint32

//go:wasmimport wasi_snapshot_preview1 fd_read
//go:noescape
func fdRead(fd int32, iovs unsafe.Pointer, iovsLen uint32, nread *uint32) uint32

func ptr(s string) (*byte, uint32) {
	b := []byte(s)
	return &b[0], uint32(len(b))
}

// rawRead opens path relative to the pre-opened directory fd (following
// symlinks) and copies up to 4 KiB of it to stdout.
func rawRead(dirFD, path string) {
	fd, err := strconv.Atoi(dirFD)
	must(err)
	p, n := ptr(path)
	var file int32
	const rightFdRead = 1 << 1
	if errno := pathOpen(int32(fd), 1, p, n, 0, rightFdRead, 0, 0, &file); errno != 0 {
		fail(fmt.Sprintf("path_open(%d, %q): errno %d", fd, path, errno))
	}
	buf := make([]byte, 4096)
	iov := [2]uint32{uint32(uintptr(unsafe.Pointer(&buf[0]))), uint32(len(buf))}
	var nread uint32
	if errno := fdRead(file, unsafe.Pointer(&iov), 1, &nread); errno != 0 {
		fail(fmt.Sprintf("fd_read: errno %d", errno))
	}
	os.Stdout.Write(buf[:nread])
}

// rawLink hard-links oldPath under oldFD to newPath under newFD.
func rawLink(oldFD, oldPath, newFD, newPath string) {
	of, err := strconv.Atoi(oldFD)
	must(err)
	nf, err := strconv.Atoi(newFD)
	must(err)
	op, on := ptr(oldPath)
	np, nn := ptr(newPath)
	if errno := pathLink(int32(of), 0, op, on, int32(nf), np, nn); errno != 0 {
		fail(fmt.Sprintf("path_link: errno %d", errno))
	}
}
