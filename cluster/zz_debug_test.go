package cluster

import (
	"fmt"
	"log/slog"
	"os"
	"testing"
	"time"
)

func TestZZDebugConverge(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	var nodes []*Membership
	for i := 0; i < 101; i++ {
		cfg := testConfig(fmt.Sprintf("n%03d", i))
		cfg.Profile = ProfileLAN
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
		m, err := NewMembership(cfg, testDescriptor("h"), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		if i > 0 {
			m.Join([]string{nodes[0].LocalAddr()})
		}
		nodes = append(nodes, m)
	}
	s := time.Now()
	for time.Since(s) < 20*time.Second {
		bad := 0
		for _, m := range nodes {
			if len(m.Members()) != 101 {
				bad++
			}
		}
		if bad == 0 {
			t.Log("converged", time.Since(s))
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	for i := 0; i < 3; i++ {
		cfg := testConfig(fmt.Sprintf("x%03d", i))
		cfg.Profile = ProfileLAN
		x, _ := NewMembership(cfg, testDescriptor("h"), nil)
		s = time.Now()
		x.Join([]string{nodes[0].LocalAddr()})
		for time.Since(s) < 10*time.Second {
			bad := 0
			for _, m := range nodes {
				if len(m.Members()) != 102 {
					bad++
				}
			}
			if bad == 0 {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Log("join seen", time.Since(s))
		s = time.Now()
		x.Leave(0)
		t.Log("leave took", time.Since(s))
		for time.Since(s) < 10*time.Second {
			bad := 0
			for _, m := range nodes {
				if len(m.Members()) != 101 {
					bad++
				}
			}
			if bad == 0 {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Log("leave seen", time.Since(s))
		x.Close()
	}
}
