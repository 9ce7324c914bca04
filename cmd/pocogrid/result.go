package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/pocogrid/pocogrid/api"
	"github.com/pocogrid/pocogrid/blob"
	"github.com/pocogrid/pocogrid/demo"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/result"
)

func init() { extraCommands = append(extraCommands, newResultCmd) }

// resultReport is what `result` prints.
type resultReport struct {
	TaskID   string             `json:"task_id"`
	Digest   string             `json:"digest"`
	Verified bool               `json:"verified"`
	Size     int64              `json:"size"`
	Out      string             `json:"out,omitempty"`
	Files    []resultFileReport `json:"files"`
}

type resultFileReport struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
	// Text is the file's content when it is a short text.
	Text string `json:"text,omitempty"`
}

func newResultCmd() *cobra.Command {
	var (
		f       clientFlags
		out     string
		timeout time.Duration
	)
	cmd := &cobra.Command{
		Use:   "result TASKID",
		Short: "Fetch a certified result and verify it against its PoCo digest",
		Long: "Fetches the certified result of a task, checks every file against its sha256 while\n" +
			"streaming it, recomputes the PoCo result digest and refuses the result (non-zero exit)\n" +
			"unless it equals the digest the pool certified. --out DIR writes the files there, only\n" +
			"once the whole result is verified.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := api.ParseID(args[0])
			if err != nil {
				return fmt.Errorf("task %w", err)
			}
			c, err := f.client()
			if err != nil {
				return err
			}
			ctx, stop := cliContext(cmd.Context())
			defer stop()
			ctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			rep, err := fetchResult(ctx, c, api.Hex(id[:]), out)
			if err != nil {
				return err
			}
			if f.asJSON {
				return printJSON(rep)
			}
			printResultReport(rep)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "directory to write the result's files into")
	cmd.Flags().DurationVar(&timeout, "timeout", 30*time.Minute, "give up after this long")
	f.register(cmd)
	return cmd
}

// fetchResult downloads and verifies a certified result; with outDir, the
// files end up there, and only if the result verifies.
func fetchResult(ctx context.Context, c *apiClient, id, outDir string) (*resultReport, error) {
	var task api.Task
	if err := c.getJSON(ctx, "/v1/tasks/"+id, &task); err != nil {
		return nil, err
	}
	if task.State != "completed" || task.ResultDigest == "" {
		why := ""
		if task.Reason != "" {
			why = " (" + task.Reason + ")"
		}
		return nil, fmt.Errorf("task %s is %s%s: it has no certified result", id, task.State, why)
	}
	certified, err := api.ParseID(task.ResultDigest)
	if err != nil {
		return nil, fmt.Errorf("certified digest: %w", err)
	}
	var res api.Result
	if err := c.getJSON(ctx, "/v1/results/"+id, &res); err != nil {
		return nil, err
	}
	if res.Digest != task.ResultDigest {
		return nil, fmt.Errorf("refused: the node offers a result with digest %s, but the certified digest is %s", res.Digest, task.ResultDigest)
	}
	if len(res.Files) == 0 {
		return nil, fmt.Errorf("refused: the node's result of task %s has no files", id)
	}

	// Stage everything first; move into --out only once verified.
	stageParent := ""
	if outDir != "" {
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			return nil, err
		}
		stageParent = outDir
	}
	stage, err := os.MkdirTemp(stageParent, ".pocogrid-result-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(stage)

	rep := &resultReport{TaskID: id, Digest: task.ResultDigest}
	refs := make([]blob.FileRef, 0, len(res.Files))
	var inline []*messages.ResultFile
	fetcher := &blob.Fetcher{}
	for _, f := range res.Files {
		if err := blob.CheckPath(f.Path); err != nil {
			return nil, fmt.Errorf("refused: %w", err)
		}
		want, err := blob.ParseSum(f.SHA256)
		if err != nil {
			return nil, fmt.Errorf("refused: file %s: %w", f.Path, err)
		}
		target := filepath.Join(stage, filepath.FromSlash(f.Path))
		fr := resultFileReport{Path: f.Path, Size: f.Size, SHA256: f.SHA256}
		if f.Inline {
			if blob.Sum(sha256.Sum256(f.Data)) != want || int64(len(f.Data)) != f.Size {
				return nil, fmt.Errorf("refused: file %s does not match its sha256", f.Path)
			}
			inline = append(inline, &messages.ResultFile{Path: f.Path, Data: f.Data})
			if len(f.Data) <= 200 && demo.Printable(f.Data) {
				fr.Text = string(f.Data)
			}
			if outDir != "" {
				if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
					return nil, err
				}
				if err := os.WriteFile(target, f.Data, 0o644); err != nil {
					return nil, err
				}
			}
		} else {
			// Streamed to disk and checked against its sha256 on the way;
			// retried on a corrupted or truncated transfer.
			n, err := fetcher.FetchURL(ctx, c.base+f.URL, want, f.Size, target)
			if err != nil {
				return nil, fmt.Errorf("file %s: %w", f.Path, err)
			}
			fr.Size = n
		}
		refs = append(refs, blob.FileRef{Path: f.Path, SHA256: want, Size: fr.Size})
		rep.Size += fr.Size
		rep.Files = append(rep.Files, fr)
	}

	// The PoCo digest over what was received.
	var got [32]byte
	if len(inline) == len(res.Files) {
		got, err = result.Digest(inline)
	} else {
		// Streamed files were hashed on arrival; the digest is computed
		// from those hashes exactly as result.Digest does from the bytes.
		got, err = blob.ManifestDigest(refs)
	}
	if err != nil {
		return nil, fmt.Errorf("refused: %w", err)
	}
	if got != certified {
		return nil, fmt.Errorf("refused: the received files have digest %s, not the certified %s", api.Hex(got[:]), task.ResultDigest)
	}
	rep.Verified = true

	if outDir != "" {
		for _, f := range rep.Files {
			from := filepath.Join(stage, filepath.FromSlash(f.Path))
			to := filepath.Join(outDir, filepath.FromSlash(f.Path))
			if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
				return nil, err
			}
			if err := os.Rename(from, to); err != nil {
				return nil, err
			}
		}
		rep.Out = outDir
	}
	return rep, nil
}

func printResultReport(r *resultReport) {
	fmt.Printf("task %s: certified result verified (digest %s), %d file(s), %d bytes\n", r.TaskID, r.Digest, len(r.Files), r.Size)
	for _, f := range r.Files {
		line := fmt.Sprintf("  %s  %d bytes  sha256 %s", f.Path, f.Size, cliShort(f.SHA256))
		if f.Text != "" && len(f.Text) <= 80 {
			line += fmt.Sprintf("  %q", f.Text)
		}
		fmt.Println(line)
	}
	if r.Out != "" {
		fmt.Println("written to", r.Out)
	}
}
