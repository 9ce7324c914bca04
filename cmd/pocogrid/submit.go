package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/api"
	"github.com/pocogrid/pocogrid/apps"
	"github.com/pocogrid/pocogrid/demo"
	"github.com/pocogrid/pocogrid/result"
)

func init() { extraCommands = append(extraCommands, newSubmitCmd) }

// submitSummary is what `submit --wait` prints; tasks, completed and
// failed mean what they mean in the demo's summary.
type submitSummary struct {
	Tasks          int                    `json:"tasks"`
	Completed      int                    `json:"completed"`
	Failed         int                    `json:"failed"`
	WrongAccepted  int                    `json:"wrong_accepted"`
	Unmatched      int                    `json:"unmatched"`
	DealID         string                 `json:"deal_id"`
	App            string                 `json:"app"`
	Trust          uint64                 `json:"trust"`
	ElapsedSeconds float64                `json:"elapsed_s"`
	TasksPerSecond float64                `json:"tasks_per_second"`
	Failures       map[string]int         `json:"failure_reasons,omitempty"`
	Results        []demo.CertifiedResult `json:"results"`
}

func newSubmitCmd() *cobra.Command {
	var (
		f        clientFlags
		req      api.BagRequest
		gpuReq   api.GPURequest
		category string
		wait     bool
		timeout  time.Duration
		quiet    bool
	)
	cmd := &cobra.Command{
		Use:   "submit",
		Short: "Submit a bag of tasks to a running cluster",
		Long: "Submits a bag of --count tasks of a built-in app to a scheduler node's API; task i gets\n" +
			"the app's default arguments for index i unless --arg is given (\"{index}\" in an argument\n" +
			"is replaced by the task's index). With --wait, blocks until every task has ended and prints\n" +
			"the same summary keys as the demo (tasks, completed, failed). Built-in apps: " + strings.Join(apps.Names(), ", ") + ".",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := f.client()
			if err != nil {
				return err
			}
			req.Category = api.FlexString(category)
			if gpuReq.Count > 0 {
				req.GPU = &gpuReq
			}
			ctx, stop := cliContext(cmd.Context())
			defer stop()
			var reply api.BagReply
			if err := c.postJSON(ctx, "/v1/bags", req, &reply); err != nil {
				return fmt.Errorf("submit: %w", err)
			}
			if !wait {
				if f.asJSON {
					return printJSON(reply)
				}
				printBagReply(reply)
				return nil
			}
			if !f.asJSON && !quiet {
				fmt.Fprintf(os.Stderr, "bag %s accepted: %d tasks of %q\n", reply.DealID, len(reply.TaskIDs), reply.App)
			}
			start := time.Now()
			wctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			var progress func(ended, total int, counts map[string]int)
			if !quiet {
				progress = func(ended, total int, counts map[string]int) {
					fmt.Fprintf(os.Stderr, "\r[%5.1fs] %d/%d tasks ended, %d running, %d pending   ",
						time.Since(start).Seconds(), ended, total,
						counts["running"]+counts["revealing"]+counts["finalizing"], counts["pending"])
				}
			}
			tasks, waitErr := waitTasks(wctx, c, reply.TaskIDs, progress)
			if progress != nil {
				fmt.Fprintln(os.Stderr)
			}
			if waitErr != nil && len(tasks) == 0 {
				return waitErr
			}
			s := summarizeBag(ctx, c, reply, req.Trust, tasks, time.Since(start))
			if f.asJSON {
				if err := printJSON(s); err != nil {
					return err
				}
			} else {
				printSubmitSummary(s)
			}
			if waitErr != nil {
				return fmt.Errorf("%w: %d of %d tasks ended", waitErr, s.Completed+s.Failed, s.Tasks)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&req.App, "app", api.DefaultApp, "built-in app: "+strings.Join(apps.Names(), ", "))
	fl.IntVar(&req.Count, "count", 10, "tasks in the bag")
	fl.Uint64Var(&req.Trust, "trust", 1, "PoCo trust level (credibility threshold 1-1/trust; 1 accepts one result)")
	fl.StringVar(&category, "category", "XS", "task category: XS, S, M, L, XL (sets the deadlines)")
	fl.Uint32Var(&gpuReq.Count, "gpus", 0, "GPUs each task needs (allocated whole, pinned via CUDA_VISIBLE_DEVICES)")
	fl.Uint64Var(&gpuReq.MinMemoryBytes, "gpu-memory", 0, "minimum memory per GPU, bytes")
	fl.StringVar(&gpuReq.Model, "gpu-model", "", "GPU model substring, e.g. H100")
	fl.StringVar(&gpuReq.MinComputeCapability, "gpu-compute", "", "minimum CUDA compute capability, e.g. 8.0")
	fl.Uint64Var(&req.TimeRefSeconds, "time-ref", 0, "custom category time T in seconds (contribution deadline 7T, reveal 2T, final 10T)")
	fl.StringVar(&req.Requirements, "requirements", "", "CEL requirement over the node descriptor, e.g. 'cores >= 4'")
	fl.StringArrayVar(&req.Args, "arg", nil, "an argument for every task (repeat for several; \"{index}\" is the task index)")
	fl.StringVar(&req.DealID, "deal", "", "deal id naming the bag (64 hex digits; random by default)")
	fl.BoolVar(&wait, "wait", false, "wait until every task has ended and print a summary")
	fl.DurationVar(&timeout, "timeout", 30*time.Minute, "with --wait: give up after this long")
	fl.BoolVar(&quiet, "quiet", false, "with --wait: no progress line")
	f.register(cmd)
	return cmd
}

// waitTasks polls the node until every id has ended, backing off from
// 200 ms to 3 s between polls. It lists only the unfinished tasks
// (/v1/status?tasks=active) while waiting, then every task once to read
// the final states. A node that cannot be reached for a while (restarting
// after a crash) is waited for until ctx ends. On timeout it returns the
// last states seen with the error.
func waitTasks(ctx context.Context, c *apiClient, ids []string, progress func(ended, total int, counts map[string]int)) (map[string]api.Task, error) {
	var last map[string]api.Task
	delay := 200 * time.Millisecond
	var lastErr error
	warned, final := false, false
	for {
		path := "/v1/status?tasks=active"
		if final {
			path = "/v1/status?tasks=1"
		}
		var st api.Status
		err := c.getJSON(ctx, path, &st)
		if err == nil {
			warned = false
			byID := make(map[string]api.Task, len(st.Tasks))
			for _, t := range st.Tasks {
				byID[t.TaskID] = t
			}
			states := make(map[string]api.Task, len(ids))
			counts := map[string]int{}
			ended := 0
			for _, id := range ids {
				t, ok := byID[id]
				switch {
				case ok:
				case final:
					t = api.Task{TaskID: id, State: "unknown"}
				default: // not among the unfinished tasks
					t = api.Task{TaskID: id, State: "ended"}
				}
				states[id] = t
				counts[t.State]++
				if api.Ended(t.State) || t.State == "ended" {
					ended++
				}
			}
			if progress != nil {
				progress(ended, len(ids), counts)
			}
			if ended == len(ids) {
				if final {
					return states, nil
				}
				final = true // read the final states now
				continue
			}
			if final {
				last = states
			}
		} else {
			lastErr = err
			var ae *apiError
			if errors.As(err, &ae) && ae.Code < 500 {
				return last, err
			}
			if !warned && ctx.Err() == nil {
				fmt.Fprintf(os.Stderr, "\nwaiting for the API: %v\n", err)
				warned = true
			}
		}
		select {
		case <-ctx.Done():
			// One last look at the final states, briefly.
			fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 3*time.Second)
			var st api.Status
			if c.do(fctx, "GET", "/v1/status?tasks=1", nil, &st) == nil {
				last = map[string]api.Task{}
				for _, t := range st.Tasks {
					last[t.TaskID] = t
				}
			}
			cancel()
			if last == nil {
				last = map[string]api.Task{}
			}
			if lastErr != nil {
				return last, fmt.Errorf("waiting for the bag: %w (last error: %v)", ctx.Err(), lastErr)
			}
			return last, fmt.Errorf("waiting for the bag: %w", ctx.Err())
		case <-time.After(delay):
		}
		delay = min(delay*3/2, 3*time.Second)
	}
}

func summarizeBag(ctx context.Context, c *apiClient, reply api.BagReply, trust uint64, tasks map[string]api.Task, elapsed time.Duration) *submitSummary {
	s := &submitSummary{Tasks: len(reply.TaskIDs), Unmatched: len(reply.Unmatched), DealID: reply.DealID, App: reply.App,
		Trust: max(trust, 1), ElapsedSeconds: elapsed.Seconds(), Failures: map[string]int{}, Results: []demo.CertifiedResult{}}
	ids := append([]string(nil), reply.TaskIDs...)
	sort.Strings(ids)
	for _, id := range ids {
		t := tasks[id]
		switch t.State {
		case "completed":
			s.Completed++
			if tid, err := api.ParseID(id); err == nil {
				if sab, err := result.Digest(actors.SabotageFiles(tid)); err == nil && api.Hex(sab[:]) == t.ResultDigest {
					s.WrongAccepted++
				}
			}
			if len(s.Results) < 5 {
				s.Results = append(s.Results, certifiedOf(ctx, c, t))
			}
		case "failed":
			s.Failed++
			s.Failures[t.Reason]++
		}
	}
	if elapsed > 0 {
		s.TasksPerSecond = float64(s.Completed) / elapsed.Seconds()
	}
	return s
}

// certifiedOf describes a certified task, with its output when it is a
// short text (as the demo does).
func certifiedOf(ctx context.Context, c *apiClient, t api.Task) demo.CertifiedResult {
	r := demo.CertifiedResult{TaskID: t.TaskID, Digest: t.ResultDigest, Replicas: t.Replicas, GroupWeight: t.GroupWeight, TotalWeight: t.TotalWeight}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	var res api.Result
	if c.getJSON(ctx, "/v1/results/"+t.TaskID, &res) == nil {
		for _, f := range res.Files {
			if out, ok := demo.ShortOutput(f.Path, f.Data); f.Inline && ok {
				r.Output = out
				break
			}
		}
	}
	return r
}

func printBagReply(r api.BagReply) {
	fmt.Printf("bag %s accepted: %d tasks of %q\n", r.DealID, len(r.TaskIDs), r.App)
	if len(r.Unmatched) > 0 {
		reasons := map[string]int{}
		for _, why := range r.Unmatched {
			reasons[why]++
		}
		for why, n := range reasons {
			fmt.Printf("  %d task(s) match no registered worker: %s\n", n, why)
		}
	}
	fmt.Println("follow it with: pocogrid status   (or submit --wait)")
}

func printSubmitSummary(s *submitSummary) {
	fmt.Printf("bag %s: %d tasks of %q, trust %d\n", s.DealID, s.Tasks, s.App, s.Trust)
	fmt.Printf("  certified %d, failed %d, wrong results accepted %d\n", s.Completed, s.Failed, s.WrongAccepted)
	fmt.Printf("  %.1f s, %.1f certified tasks/s\n", s.ElapsedSeconds, s.TasksPerSecond)
	for reason, n := range s.Failures {
		fmt.Printf("  failed x%d: %s\n", n, reason)
	}
	if len(s.Results) > 0 {
		fmt.Println("  certified results (first few):")
		for _, r := range s.Results {
			line := fmt.Sprintf("    task %s  digest %s  weight %s/%s", cliShort(r.TaskID), cliShort(r.Digest), r.GroupWeight, r.TotalWeight)
			if r.Output != "" {
				line += "  " + r.Output
			}
			fmt.Println(line)
		}
	}
}
