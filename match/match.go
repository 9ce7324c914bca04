// Package match evaluates task requirements against node descriptors, in the
// spirit of Condor's ClassAds, with CEL expressions. A requirement sees these
// variables:
//
//	cores, memory, disk, slots, score   int (bytes for memory and disk)
//	os, arch, hostname, pool, version   string
//	tags, roles                         list(string)
//	gpus                                map: count, healthy, free, memory
//	                                    (smallest per-GPU bytes), total_memory,
//	                                    models (list), compute (double, e.g. 9.0)
//	KiB, MiB, GiB, TiB                  int constants
//
// e.g. `cores >= 2 && memory >= 4 * GiB && "ssd" in tags`, or
// `gpus.free >= 1 && gpus.memory >= 40 * GiB && gpus.models.exists(m, m.contains("H100"))`.
package match

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/common/ast"
	"github.com/google/cel-go/common/operators"
	"github.com/google/cel-go/ext"

	"github.com/pocogrid/pocogrid/messages"
)

var (
	envOnce sync.Once
	env     *cel.Env
	envErr  error
)

func celEnv() (*cel.Env, error) {
	envOnce.Do(func() {
		env, envErr = cel.NewEnv(
			cel.Variable("cores", cel.IntType),
			cel.Variable("memory", cel.IntType),
			cel.Variable("disk", cel.IntType),
			cel.Variable("slots", cel.IntType),
			cel.Variable("score", cel.IntType),
			cel.Variable("os", cel.StringType),
			cel.Variable("arch", cel.StringType),
			cel.Variable("hostname", cel.StringType),
			cel.Variable("pool", cel.StringType),
			cel.Variable("version", cel.StringType),
			cel.Variable("tags", cel.ListType(cel.StringType)),
			cel.Variable("roles", cel.ListType(cel.StringType)),
			cel.Variable("gpus", cel.MapType(cel.StringType, cel.DynType)),
			cel.Constant("KiB", cel.IntType, intVal(1<<10)),
			cel.Constant("MiB", cel.IntType, intVal(1<<20)),
			cel.Constant("GiB", cel.IntType, intVal(1<<30)),
			cel.Constant("TiB", cel.IntType, intVal(1<<40)),
			ext.Strings(),
		)
	})
	return env, envErr
}

// Requirement is a compiled requirement expression. The zero-text
// requirement matches every node.
type Requirement struct {
	text      string
	prg       cel.Program
	conjuncts []conjunct // top-level && terms, for explanations
}

type conjunct struct {
	text string
	prg  cel.Program
}

// Compile parses and type-checks a requirement; a malformed expression or one
// that is not boolean is an error carrying CEL's message.
func Compile(expr string) (*Requirement, error) {
	expr = strings.TrimSpace(expr)
	r := &Requirement{text: expr}
	if expr == "" {
		return r, nil
	}
	e, err := celEnv()
	if err != nil {
		return nil, err
	}
	checked, iss := e.Compile(expr)
	if iss.Err() != nil {
		return nil, fmt.Errorf("requirements %q: %w", expr, iss.Err())
	}
	if checked.OutputType() != cel.BoolType {
		return nil, fmt.Errorf("requirements %q: must be a boolean expression, is %s", expr, checked.OutputType())
	}
	if r.prg, err = e.Program(checked, cel.EvalOptions(cel.OptOptimize)); err != nil {
		return nil, fmt.Errorf("requirements %q: %w", expr, err)
	}
	for _, term := range splitAnd(checked.NativeRep().Expr()) {
		text, err := cel.ExprToString(term, checked.NativeRep().SourceInfo())
		if err != nil {
			continue
		}
		c, iss := e.Compile(text)
		if iss.Err() != nil {
			continue
		}
		p, err := e.Program(c)
		if err != nil {
			continue
		}
		r.conjuncts = append(r.conjuncts, conjunct{text: text, prg: p})
	}
	return r, nil
}

func splitAnd(e ast.Expr) []ast.Expr {
	if e.Kind() == ast.CallKind && e.AsCall().FunctionName() == operators.LogicalAnd {
		var out []ast.Expr
		for _, a := range e.AsCall().Args() {
			out = append(out, splitAnd(a)...)
		}
		return out
	}
	return []ast.Expr{e}
}

// String is the expression text.
func (r *Requirement) String() string { return r.text }

// Empty reports whether the requirement matches everything.
func (r *Requirement) Empty() bool { return r.prg == nil }

// Node is a descriptor prepared for evaluation; build it once per descriptor.
type Node struct {
	d    *messages.NodeDescriptor
	vars map[string]any
}

// NewNode prepares a descriptor for matching.
func NewNode(d *messages.NodeDescriptor) *Node {
	g := d.GetGpu()
	compute, _ := strconv.ParseFloat(g.GetMinComputeCapability(), 64)
	models := append([]string{}, g.GetModels()...)
	return &Node{d: d, vars: map[string]any{
		"cores":    int64(d.GetCores()),
		"memory":   int64(d.GetMemoryBytes()),
		"disk":     int64(d.GetFreeDiskBytes()),
		"slots":    int64(d.GetSlots()),
		"score":    int64(d.GetScore()),
		"os":       d.GetOs(),
		"arch":     d.GetArch(),
		"hostname": d.GetHostname(),
		"pool":     d.GetPool(),
		"version":  d.GetVersion(),
		"tags":     append([]string{}, d.GetTags()...),
		"roles":    append([]string{}, d.GetRoles()...),
		"gpus": map[string]any{
			"count":        int64(g.GetCount()),
			"healthy":      int64(g.GetHealthy()),
			"free":         int64(g.GetFree()),
			"memory":       int64(g.GetMinMemoryBytes()),
			"total_memory": int64(g.GetMemoryTotalBytes()),
			"models":       models,
			"compute":      compute,
		},
	}}
}

// Descriptor returns the descriptor the node was built from.
func (n *Node) Descriptor() *messages.NodeDescriptor { return n.d }

// Matches evaluates the requirement on a node. An evaluation error (e.g. a
// missing map key) counts as no match and is returned for explanations.
func (r *Requirement) Matches(n *Node) (bool, error) {
	if r.prg == nil {
		return true, nil
	}
	return evalBool(r.prg, n)
}

func evalBool(p cel.Program, n *Node) (bool, error) {
	out, _, err := p.Eval(n.vars)
	if err != nil {
		return false, err
	}
	b, ok := out.Value().(bool)
	if !ok {
		return false, fmt.Errorf("expression returned %T, not bool", out.Value())
	}
	return b, nil
}

// Explain says why no node in nodes matches: each top-level condition with
// the number of nodes it rules out. It returns "" when some node matches.
func (r *Requirement) Explain(nodes []*Node) string {
	if len(nodes) == 0 {
		return "no worker is registered"
	}
	for _, n := range nodes {
		if ok, _ := r.Matches(n); ok {
			return ""
		}
	}
	var parts []string
	blocking := false
	for _, c := range r.conjuncts {
		failed := 0
		var firstErr error
		for _, n := range nodes {
			ok, err := evalBool(c.prg, n)
			if !ok {
				failed++
				if err != nil && firstErr == nil {
					firstErr = err
				}
			}
		}
		if failed == len(nodes) {
			blocking = true
		}
		if failed > 0 {
			p := fmt.Sprintf("`%s` fails on %d of %d workers", c.text, failed, len(nodes))
			if firstErr != nil {
				p += " (" + firstErr.Error() + ")"
			}
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return fmt.Sprintf("`%s` holds on no worker (each condition holds somewhere, never all together)", r.text)
	}
	head := "no worker matches: "
	if !blocking {
		head = "no worker matches (each condition holds somewhere, never all together): "
	}
	return head + strings.Join(parts, "; ") + "; " + summarize(nodes)
}

func summarize(nodes []*Node) string {
	var maxCores uint32
	var maxMem uint64
	var maxGPU uint32
	oses := map[string]bool{}
	for _, n := range nodes {
		d := n.d
		maxCores = max(maxCores, d.GetCores())
		maxMem = max(maxMem, d.GetMemoryBytes())
		maxGPU = max(maxGPU, d.GetGpu().GetCount())
		oses[d.GetOs()+"/"+d.GetArch()] = true
	}
	var os []string
	for k := range oses {
		os = append(os, k)
	}
	return fmt.Sprintf("best available: %d cores, %.1f GiB memory, %d GPUs, platforms %s",
		maxCores, float64(maxMem)/(1<<30), maxGPU, strings.Join(os, ","))
}
