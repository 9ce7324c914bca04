//go:build !linux

package benchmarks

func cpuModel() string { return "unknown CPU" }
