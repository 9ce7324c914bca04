package main

import (
	"testing"
	"time"
)

// TestSmoke runs every measurement once on a tiny cluster (fast profile) so
// the benchmark keeps compiling and working; it asserts nothing about timing.
func TestSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("starts gossip nodes")
	}
	b := &bencher{profile: "local", timeout: 20 * time.Second}
	if err := b.bench(3, 1); err != nil {
		t.Fatal(err)
	}
}
