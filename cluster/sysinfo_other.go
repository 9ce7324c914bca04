//go:build !linux

package cluster

import "errors"

var errUnsupported = errors.New("not supported on this OS")

// MemTotalBytes is only implemented on Linux.
func MemTotalBytes() (uint64, error) { return 0, errUnsupported }

// FreeDiskBytes is only implemented on Linux.
func FreeDiskBytes(string) (uint64, error) { return 0, errUnsupported }
