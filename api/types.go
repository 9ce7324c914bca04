package api

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/messages"
)

// The JSON documents of the API. Ids and digests are lowercase hex without
// 0x (as `pocogrid demo` prints them); 0x is accepted on input. Worker and
// node ids are checksummed Ethereum addresses.

// BagRequest is the body of POST /v1/bags: a bag of Count tasks of one app.
type BagRequest struct {
	// App is a built-in (or pool-registered) app; default "primes".
	App   string `json:"app,omitempty"`
	Count int    `json:"count"`
	// Trust is the PoCo trust level (credibility threshold 1-1/trust).
	Trust uint64 `json:"trust,omitempty"`
	// Category is XS, S, M, L or XL (or 0-4); default XS.
	Category FlexString `json:"category,omitempty"`
	// TimeRefSeconds, when set, is the category time T in seconds: a
	// custom category (deadlines 7T, reveal 2T, final 10T).
	TimeRefSeconds uint64 `json:"time_ref_s,omitempty"`
	// Requirements is a CEL expression over the node descriptor.
	Requirements string `json:"requirements,omitempty"`
	// Args, when set, are every task's arguments, "{index}" standing for
	// the task's index in the bag; by default each task gets the app's
	// default arguments for its index (apps.DefaultArgs).
	Args []string `json:"args,omitempty"`
	// DealID (64 hex digits) names the bag; random when empty. Task i's id
	// is poco.TaskID(deal, i).
	DealID string      `json:"deal_id,omitempty"`
	Limits *Limits     `json:"limits,omitempty"`
	GPU    *GPURequest `json:"gpu,omitempty"`
}

// Limits bound each replica's resources (zero: the pool's defaults).
type Limits struct {
	MemoryBytes    uint64 `json:"memory_bytes,omitempty"`
	WallTimeMs     uint64 `json:"wall_time_ms,omitempty"`
	MaxOutputBytes uint64 `json:"max_output_bytes,omitempty"`
}

// GPURequest asks for GPUs per replica.
type GPURequest struct {
	Count                uint32 `json:"count"`
	MinMemoryBytes       uint64 `json:"min_memory_bytes,omitempty"`
	Model                string `json:"model,omitempty"`
	MinComputeCapability string `json:"min_compute_capability,omitempty"`
}

// FlexString accepts a JSON string or number.
type FlexString string

// UnmarshalJSON implements json.Unmarshaler.
func (f *FlexString) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*f = FlexString(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("want a string or a number, got %s", b)
	}
	*f = FlexString(n.String())
	return nil
}

// BagReply answers POST /v1/bags.
type BagReply struct {
	DealID  string   `json:"deal_id"`
	TaskIDs []string `json:"task_ids"`
	// Unmatched: tasks no registered worker can run now, with the reason
	// (the pool may fail them at once or keep them pending).
	Unmatched map[string]string `json:"unmatched"`
	App       string            `json:"app"`
	Count     int               `json:"count"`
}

// States are the task states, in lifecycle order; certified is "completed".
var States = []string{"pending", "running", "revealing", "finalizing", "completed", "failed"}

// Ended reports whether a task in state will not change any more.
func Ended(state string) bool { return state == "completed" || state == "failed" }

// Status answers GET /v1/status.
type Status struct {
	// Counts has every state of States, zero included.
	Counts   map[string]uint32 `json:"counts"`
	Total    int               `json:"total"`
	Workers  uint32            `json:"workers"`
	Queued   uint32            `json:"queued"`
	Replicas uint32            `json:"replicas"`
	// Tasks (with ?tasks=1), sorted by id.
	Tasks []Task `json:"tasks,omitempty"`
}

// Task is one task's observable state (GET /v1/tasks/{id}).
type Task struct {
	TaskID          string   `json:"task_id"`
	State           string   `json:"state"`
	Reason          string   `json:"reason,omitempty"`
	ResultDigest    string   `json:"result_digest,omitempty"`
	AppName         string   `json:"app_name,omitempty"`
	Trust           uint64   `json:"trust"`
	Replicas        uint32   `json:"replicas"`
	Contributions   uint32   `json:"contributions"`
	Reveals         uint32   `json:"reveals"`
	GroupWeight     string   `json:"group_weight,omitempty"`
	TotalWeight     string   `json:"total_weight,omitempty"`
	Workers         []string `json:"workers,omitempty"`
	GPUUUIDs        []string `json:"gpu_uuids,omitempty"`
	FinalizedUnixMs uint64   `json:"finalized_unix_ms,omitempty"`
	Onchain         bool     `json:"onchain,omitempty"`
}

// Result answers GET /v1/results/{id}: a certified result's digest and its
// files. Small results carry the bytes inline; any file can be streamed
// from its URL and checked against its sha256.
type Result struct {
	TaskID string       `json:"task_id"`
	Digest string       `json:"digest"`
	Size   int64        `json:"size"`
	Files  []ResultFile `json:"files"`
}

// ResultFile is one file of a result.
type ResultFile struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
	// URL, relative to the API's base URL, streams the file's bytes.
	URL string `json:"url"`
	// Inline says Data holds the bytes (base64 in JSON).
	Inline bool   `json:"inline,omitempty"`
	Data   []byte `json:"data,omitempty"`
}

// Nodes answers GET /v1/nodes: one entry per live cluster member.
type Nodes struct {
	Nodes []Node `json:"nodes"`
}

// Node is a cluster member and what it advertises.
type Node struct {
	Name          string          `json:"name"`
	Addr          string          `json:"addr,omitempty"`
	State         string          `json:"state"`
	NodeID        string          `json:"node_id,omitempty"`
	ActorAddress  string          `json:"actor_address,omitempty"`
	Hostname      string          `json:"hostname,omitempty"`
	OS            string          `json:"os,omitempty"`
	Arch          string          `json:"arch,omitempty"`
	Cores         uint32          `json:"cores,omitempty"`
	MemoryBytes   uint64          `json:"memory_bytes,omitempty"`
	FreeDiskBytes uint64          `json:"free_disk_bytes,omitempty"`
	Roles         []string        `json:"roles,omitempty"`
	Pool          string          `json:"pool,omitempty"`
	Version       string          `json:"version,omitempty"`
	Tags          []string        `json:"tags,omitempty"`
	Score         uint64          `json:"score,omitempty"`
	Slots         uint32          `json:"slots,omitempty"`
	GPU           *GPUSummary     `json:"gpu,omitempty"`
	Kinds         []string        `json:"kinds,omitempty"`
	GPUs          json.RawMessage `json:"gpus,omitempty"`
}

// GPUSummary is a node's advertised GPU capacity.
type GPUSummary struct {
	Count                uint32   `json:"count"`
	Healthy              uint32   `json:"healthy"`
	Free                 uint32   `json:"free"`
	Models               []string `json:"models,omitempty"`
	MemoryTotalBytes     uint64   `json:"memory_total_bytes,omitempty"`
	MinMemoryBytes       uint64   `json:"min_memory_bytes,omitempty"`
	MinComputeCapability string   `json:"min_compute_capability,omitempty"`
}

// ErrorReply is the body of every error answer.
type ErrorReply struct {
	Error string `json:"error"`
}

// Hex encodes an id or digest as the API does.
func Hex(b []byte) string { return hex.EncodeToString(b) }

// ParseID parses a 32-byte task id, deal id or digest (64 hex digits,
// optional 0x).
func ParseID(s string) ([32]byte, error) {
	var id [32]byte
	t := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X")
	if len(t) != 64 {
		return id, fmt.Errorf("id %q: want 64 hex digits", s)
	}
	if _, err := hex.Decode(id[:], []byte(t)); err != nil {
		return id, fmt.Errorf("id %q: %v", s, err)
	}
	return id, nil
}

// StatusOf converts a pool status.
func StatusOf(st *messages.PoolStatus) Status {
	out := Status{Counts: make(map[string]uint32, len(States)), Workers: st.GetWorkers(), Queued: st.GetQueued(), Replicas: st.GetReplicas()}
	for _, s := range States {
		out.Counts[s] = 0
	}
	for k, v := range st.GetCounts() {
		out.Counts[k] += v
		out.Total += int(v)
	}
	for _, t := range st.GetTasks() {
		out.Tasks = append(out.Tasks, TaskOf(t))
	}
	slices.SortFunc(out.Tasks, func(a, b Task) int { return strings.Compare(a.TaskID, b.TaskID) })
	return out
}

// TaskOf converts a task status.
func TaskOf(t *messages.TaskStatus) Task {
	out := Task{
		TaskID: Hex(t.GetTaskId()), State: actors.StateName(t.GetState()), Reason: t.GetReason(),
		AppName: t.GetAppName(), Trust: t.GetTrust(), Replicas: t.GetReplicas(), Contributions: t.GetContributions(),
		Reveals: t.GetReveals(), GroupWeight: t.GetGroupWeight(), TotalWeight: t.GetTotalWeight(),
		GPUUUIDs: t.GetGpuUuids(), FinalizedUnixMs: t.GetFinalizedUnixMs(), Onchain: t.GetOnchain(),
	}
	if d := t.GetResultDigest(); len(d) > 0 {
		out.ResultDigest = Hex(d)
	}
	for _, w := range t.GetWorkers() {
		out.Workers = append(out.Workers, common.BytesToAddress(w).Hex())
	}
	return out
}

// NodeOf converts a member.
func NodeOf(n NodeInfo) Node {
	out := Node{Name: n.Name, Addr: n.Addr, State: n.State, Kinds: n.Kinds, GPUs: n.GPUs}
	if out.State == "" {
		out.State = "alive"
	}
	d := n.Descriptor
	if d == nil {
		return out
	}
	if len(d.NodeId) == common.AddressLength {
		out.NodeID = common.BytesToAddress(d.NodeId).Hex()
	}
	out.ActorAddress, out.Hostname, out.OS, out.Arch = d.ActorAddress, d.Hostname, d.Os, d.Arch
	out.Cores, out.MemoryBytes, out.FreeDiskBytes = d.Cores, d.MemoryBytes, d.FreeDiskBytes
	out.Roles, out.Pool, out.Version, out.Tags, out.Score, out.Slots = d.Roles, d.Pool, d.Version, d.Tags, d.Score, d.Slots
	if g := d.Gpu; g != nil {
		out.GPU = &GPUSummary{Count: g.Count, Healthy: g.Healthy, Free: g.Free, Models: g.Models,
			MemoryTotalBytes: g.MemoryTotalBytes, MinMemoryBytes: g.MinMemoryBytes, MinComputeCapability: g.MinComputeCapability}
	}
	if out.Name == "" {
		out.Name = out.Hostname
	}
	return out
}

// formatIndex substitutes "{index}" in an argument.
func formatIndex(arg string, i int) string {
	return strings.ReplaceAll(arg, "{index}", strconv.Itoa(i))
}
