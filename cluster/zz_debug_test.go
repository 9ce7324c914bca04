package cluster

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZDebugConverge(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	var nodes []*Membership
	for i := 0; i < 100; i++ {
		cfg := testConfig(fmt.Sprintf("n%03d", i))
		cfg.Profile = ProfileLAN
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
			if len(m.Members()) != 100 {
				bad++
			}
		}
		if bad == 0 {
			t.Log("converged", time.Since(s))
			return
		}
		time.Sleep(500 * time.Millisecond)
	}
	for _, m := range nodes {
		ours := len(m.Members())
		if ours != 100 || m.ml.NumMembers() != 100 {
			have := map[string]bool{}
			for _, mb := range m.Members() {
				have[mb.Name] = true
			}
			var missing []string
			for _, o := range nodes {
				if !have[o.Name()] {
					missing = append(missing, o.Name())
				}
			}
			t.Logf("%s: ours=%d memberlist=%d missing=%v", m.Name(), ours, m.ml.NumMembers(), missing)
		}
	}
}
