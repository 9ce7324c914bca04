// Command gossip measures pocogrid's gossip membership (package cluster) with
// many members in one process on loopback UDP/TCP ports:
//
//   - convergence: N fresh nodes join one seed; time until every member's
//     subscription has delivered the full set of N;
//   - join: a new node joins a converged cluster; time until all see it;
//   - leave: that node leaves gracefully; time until all have dropped it;
//   - crash: a member stops without leaving; time until all have dropped it.
//
// Times are what a subscriber sees, so they include the publisher's coalescing
// window (≤250 ms LAN, ≤50 ms local). Usage:
//
//	go run ./benchmarks/gossip -sizes 3,100 -profiles lan,local -runs 3
//
// memberlist's MockNetwork is not used: its sends block forever once a peer has
// stopped reading, so it cannot model a crash.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pocogrid/pocogrid/cluster"
	"github.com/pocogrid/pocogrid/messages"
)

func main() {
	sizes := flag.String("sizes", "3,100", "comma-separated cluster sizes")
	profiles := flag.String("profiles", "lan,local", "comma-separated profiles (lan, local)")
	runs := flag.Int("runs", 3, "join/leave/crash repetitions per size")
	timeout := flag.Duration("timeout", 60*time.Second, "bound for each measurement")
	joinGap := flag.Duration("join-gap", 0, "pause between the joins of the convergence phase")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}

	failed := false
	defer func() {
		if failed {
			pprof.StopCPUProfile()
			os.Exit(1)
		}
	}()
	fmt.Printf("| profile | N | metric | all members saw it (per run) | median member |\n")
	fmt.Printf("|---|---|---|---|---|\n")
	for _, p := range strings.Split(*profiles, ",") {
		for _, s := range strings.Split(*sizes, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil || n < 2 {
				fmt.Fprintf(os.Stderr, "bad size %q\n", s)
				return
			}
			b := &bencher{profile: strings.TrimSpace(p), timeout: *timeout, joinGap: *joinGap}
			if err := b.bench(n, *runs); err != nil {
				fmt.Fprintf(os.Stderr, "%s N=%d: %v\n", p, n, err)
				failed = true
			}
		}
	}
}

type bencher struct {
	profile string
	seq     int
	timeout time.Duration
	joinGap time.Duration
}

func (b *bencher) newNode() (*cluster.Membership, error) {
	b.seq++
	name := fmt.Sprintf("n%04d", b.seq)
	return cluster.NewMembership(cluster.Config{
		NodeName: name,
		BindAddr: "127.0.0.1",
		Profile:  b.profile,
		Label:    "pocogrid/bench",
	}, &messages.NodeDescriptor{
		NodeId: make([]byte, 20), Hostname: name, Os: "linux", Arch: "amd64",
		Cores: 16, MemoryBytes: 64 << 30, Roles: []string{"worker"}, Pool: "bench",
		Gpu: &messages.GPUSummary{Count: 1, Healthy: 1, Models: []string{"RTX 4090"}},
	}, []string{"worker"})
}

func (b *bencher) bench(n, runs int) error {
	profile := b.profile
	var nodes []*cluster.Membership
	defer func() {
		for _, m := range nodes {
			_ = m.Close()
		}
	}()
	for i := 0; i < n; i++ {
		m, err := b.newNode()
		if err != nil {
			return err
		}
		nodes = append(nodes, m)
	}
	seed := nodes[0].LocalAddr()
	row := func(metric string, all []time.Duration, med []time.Duration) {
		fmt.Printf("| %s | %d | %s | %s | %s |\n", profile, n, metric, fmtDurs(all), fmtDurs(med))
	}

	// Convergence.
	all, med, err := b.measure(nodes, func() error {
		for _, m := range nodes[1:] {
			if _, err := m.Join([]string{seed}); err != nil {
				return err
			}
			time.Sleep(b.joinGap)
		}
		return nil
	}, func(set []cluster.Member) bool { return len(set) == n })
	if err != nil {
		return fmt.Errorf("convergence: %w", err)
	}
	row("convergence (N join one seed)", []time.Duration{all}, []time.Duration{med})

	var joinAll, joinMed, leaveAll, leaveMed, crashAll, crashMed []time.Duration
	for r := 0; r < runs; r++ {
		// Join, then graceful leave, of an extra node.
		x, err := b.newNode()
		if err != nil {
			return err
		}
		obs := append(slices.Clone(nodes), x)
		all, med, err := b.measure(obs, func() error {
			_, err := x.Join([]string{seed})
			return err
		}, contains(x.Name(), true))
		if err != nil {
			_ = x.Close()
			return fmt.Errorf("join: %w", err)
		}
		joinAll, joinMed = append(joinAll, all), append(joinMed, med)
		all, med, err = b.measure(nodes, func() error {
			return x.Leave(0)
		}, contains(x.Name(), false))
		_ = x.Close()
		if err != nil {
			return fmt.Errorf("leave: %w", err)
		}
		leaveAll, leaveMed = append(leaveAll, all), append(leaveMed, med)

		// Crash of a non-seed member, then a replacement to keep N members.
		victim := nodes[len(nodes)-1]
		nodes = nodes[:len(nodes)-1]
		all, med, err = b.measure(nodes, victim.Close, contains(victim.Name(), false))
		if err != nil {
			return fmt.Errorf("crash: %w", err)
		}
		crashAll, crashMed = append(crashAll, all), append(crashMed, med)
		repl, err := b.newNode()
		if err != nil {
			return err
		}
		nodes = append(nodes, repl)
		if _, _, err := b.measure(nodes, func() error {
			_, err := repl.Join([]string{seed})
			return err
		}, func(set []cluster.Member) bool { return len(set) == n }); err != nil {
			return fmt.Errorf("replacement: %w", err)
		}
	}
	row("join (new node seen by all)", joinAll, joinMed)
	row("graceful leave (dropped by all)", leaveAll, leaveMed)
	row("crash detected by all", crashAll, crashMed)
	return nil
}

// measure subscribes to every observer, runs trigger and returns how long it
// took until cond held for all of them and for the median one.
func (b *bencher) measure(obs []*cluster.Membership, trigger func() error, cond func([]cluster.Member) bool) (all, median time.Duration, err error) {
	type res struct {
		d  time.Duration
		ok bool
	}
	chans := make([]<-chan []cluster.Member, len(obs))
	for i, m := range obs {
		ch, cancel := m.Subscribe()
		defer cancel()
		chans[i] = ch
	}
	results := make(chan res, len(obs))
	start := time.Now()
	deadline := start.Add(b.timeout)
	if err := trigger(); err != nil {
		return 0, 0, err
	}
	for _, ch := range chans {
		go func() {
			t := time.NewTimer(time.Until(deadline))
			defer t.Stop()
			for {
				select {
				case set, ok := <-ch:
					if !ok {
						results <- res{}
						return
					}
					if cond(set) {
						results <- res{time.Since(start), true}
						return
					}
				case <-t.C:
					results <- res{}
					return
				}
			}
		}()
	}
	var ds []time.Duration
	for range chans {
		r := <-results
		if !r.ok {
			sizes := map[int]int{}
			for _, m := range obs {
				sizes[len(m.Members())]++
			}
			return 0, 0, fmt.Errorf("not all %d members saw it within %v (member-set size → count: %v)",
				len(obs), b.timeout, sizes)
		}
		ds = append(ds, r.d)
	}
	slices.Sort(ds)
	return ds[len(ds)-1], ds[len(ds)/2], nil
}

func contains(name string, want bool) func([]cluster.Member) bool {
	return func(set []cluster.Member) bool {
		return slices.ContainsFunc(set, func(m cluster.Member) bool { return m.Name == name }) == want
	}
}

func fmtDurs(ds []time.Duration) string {
	s := make([]string, len(ds))
	for i, d := range ds {
		s[i] = d.Round(10 * time.Millisecond).String()
	}
	return strings.Join(s, ", ")
}
