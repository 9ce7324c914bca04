package api

import (
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/pocogrid/pocogrid/apps"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/poco"
)

// DefaultApp is the app of a bag that names none.
const DefaultApp = "primes"

// Bounds on a bag request.
const (
	DefaultMaxBagSize = 100_000
	maxArgs           = 64
	maxArgLen         = 4096
	maxRequirements   = 4096
)

// errBadRequest marks client mistakes (→ 400).
var errBadRequest = errors.New("bad request")

func badRequest(format string, a ...any) error {
	return fmt.Errorf("%w: %s", errBadRequest, fmt.Sprintf(format, a...))
}

// BuildBag turns a request into the bag the scheduler accepts: task i has
// id poco.TaskID(deal, i) and, unless the request gives arguments,
// apps.DefaultArgs(app, i). maxCount bounds the bag (≤ 0: the default).
// The pool validates the rest (the app, the requirement) on submission.
func BuildBag(req BagRequest, maxCount int) (*messages.SubmitBag, error) {
	if maxCount <= 0 {
		maxCount = DefaultMaxBagSize
	}
	app := req.App
	if app == "" {
		app = DefaultApp
	}
	if req.Count < 1 || req.Count > maxCount {
		return nil, badRequest("count must be between 1 and %d, got %d", maxCount, req.Count)
	}
	cat := poco.XS
	if req.Category != "" {
		c, err := poco.ParseCategory(string(req.Category))
		if err != nil {
			return nil, badRequest("category: %v", err)
		}
		cat = c
	}
	if len(req.Requirements) > maxRequirements {
		return nil, badRequest("requirements longer than %d bytes", maxRequirements)
	}
	if len(req.Args) > maxArgs {
		return nil, badRequest("more than %d args", maxArgs)
	}
	for _, a := range req.Args {
		if len(a) > maxArgLen {
			return nil, badRequest("an argument is longer than %d bytes", maxArgLen)
		}
	}
	var deal [32]byte
	if req.DealID != "" {
		d, err := ParseID(req.DealID)
		if err != nil {
			return nil, badRequest("deal_id: %v", err)
		}
		deal = d
	} else if _, err := rand.Read(deal[:]); err != nil {
		return nil, err
	}
	bag := &messages.SubmitBag{DealId: deal[:], Tasks: make([]*messages.TaskSpec, 0, req.Count)}
	for i := 0; i < req.Count; i++ {
		id := poco.TaskID(deal, uint64(i))
		args := apps.DefaultArgs(app, i)
		if req.Args != nil {
			args = make([]string, len(req.Args))
			for k, a := range req.Args {
				args[k] = formatIndex(a, i)
			}
		}
		var limits *messages.Limits
		if l := req.Limits; l != nil {
			limits = &messages.Limits{MemoryBytes: l.MemoryBytes, WallTimeMs: l.WallTimeMs, MaxOutputBytes: l.MaxOutputBytes}
		}
		var gpu *messages.GPURequest
		if g := req.GPU; g != nil && g.Count > 0 {
			gpu = &messages.GPURequest{Count: g.Count, MinMemoryBytes: g.MinMemoryBytes, Model: g.Model, MinComputeCapability: g.MinComputeCapability}
		}
		bag.Tasks = append(bag.Tasks, &messages.TaskSpec{
			TaskId: id[:], DealId: deal[:], Index: uint64(i),
			AppName: app, Args: args, Trust: req.Trust, Category: uint32(cat), TimeRef: req.TimeRefSeconds,
			Requirements: req.Requirements, Limits: limits, Gpu: gpu,
		})
	}
	return bag, nil
}
