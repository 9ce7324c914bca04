package actors

import (
	"container/list"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/protobuf/proto"

	"github.com/pocogrid/pocogrid/match"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/poco"
)

// NotRegistered is the NoWork reason that makes a worker register again.
const NotRegistered = "worker not registered"

// maxDetailedActive bounds how many unfinished tasks a status request
// details from the journal.
const maxDetailedActive = 256

// maxScan bounds how many ready tasks one work request examines.
const maxScan = 4096

// schedulerActor owns the queue: it accepts bags of tasks (journaled before
// the reply), spawns one TaskActor per task, and matches workers' pull
// requests to tasks that want a replica. Requests that find no work are
// parked (long poll) until a task wants a replica or they expire.
type schedulerActor struct {
	cfg *PoolConfig

	tasks   map[[32]byte]*taskEntry
	ready   *list.List // *taskEntry wanting a replica, FIFO
	workers map[common.Address]*workerEntry
	parked  *list.List // *parkedRequest, FIFO
	reqs    map[string]*match.Requirement
	scores  map[common.Address]uint64
	counts  map[messages.TaskState]int
	sup     *crashRecorder
	// stopping: the pool is shutting down, children stop with it and keep
	// their journaled state for the next start.
	stopping bool
	ticker   func() bool
}

type taskEntry struct {
	id      [32]byte
	spec    *messages.TaskSpec
	req     *match.Requirement
	pid     *actor.PID
	elem    *list.Element // in ready when non-nil
	workers map[common.Address]struct{}
	status  *messages.TaskStatus // set when ended
	state   messages.TaskState
	routed  uint64 // provisions sent to the current task actor
}

type workerEntry struct {
	addr   common.Address
	pid    *actor.PID
	node   *match.Node
	seen   time.Time
	slots  int
	parked int // requests of this worker waiting in the parked list
	// gpuFree is the worker's free GPUs as of its last request, less what
	// was routed to it since.
	gpuFree int
}

type parkedRequest struct {
	w     *workerEntry
	until time.Time
}

func newSchedulerProps(cfg *PoolConfig) *actor.Props {
	sup := taskSupervisor()
	return actor.PropsFromProducer(func() actor.Actor { return &schedulerActor{cfg: cfg, sup: sup} },
		actor.WithSupervisor(sup))
}

func (s *schedulerActor) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		s.start(ctx)
	case *actor.Stopping:
		s.stopping = true
		if s.ticker != nil {
			s.ticker()
		}
	case *messages.SubmitBag:
		ctx.Respond(s.submit(ctx, m))
	case *messages.RegisterWorker:
		s.register(m)
	case *messages.WorkRequest:
		s.workRequest(ctx, m)
	case *messages.TaskDemand:
		s.demand(ctx, m)
	case *messages.WorkerLost:
		s.workerLost(ctx, m)
	case *messages.ProvisionDeclined:
		if w := s.workers[common.BytesToAddress(m.Worker)]; w != nil {
			if id, ok := messages.Hash32(m.TaskId); ok {
				if t := s.tasks[id]; t != nil {
					delete(t.workers, w.addr)
				}
			}
			s.dispatch(ctx, w)
		}
	case *messages.TaskEnded:
		s.ended(ctx, m)
	case *messages.StatusRequest:
		ctx.Respond(s.statusOf(m.IncludeTasks))
	case *actor.Terminated:
		s.terminated(ctx, m)
	case *parkTick:
		s.expireParked(ctx)
		if !s.stopping {
			s.armTick(ctx)
		}
	}
}

func (s *schedulerActor) start(ctx actor.Context) {
	s.tasks = map[[32]byte]*taskEntry{}
	s.ready = list.New()
	s.workers = map[common.Address]*workerEntry{}
	s.parked = list.New()
	s.reqs = map[string]*match.Requirement{}
	s.scores = map[common.Address]uint64{}
	s.counts = map[messages.TaskState]int{}
	s.armTick(ctx)
	// Resume every journaled task: finished ones are remembered, unfinished
	// ones get their actor back.
	err := s.cfg.Journal.Tasks(func(id [32]byte, raw []byte) error {
		rec := &messages.TaskRecord{}
		if err := proto.Unmarshal(raw, rec); err != nil {
			return fmt.Errorf("task %x: %w", id, err)
		}
		expr, err := withGPU(rec.Spec.Requirements, rec.Spec.Gpu)
		if err != nil {
			return err
		}
		req, err := s.requirement(expr)
		if err != nil {
			return err
		}
		t := &taskEntry{id: id, spec: rec.Spec, req: req, workers: map[common.Address]struct{}{}, state: rec.State}
		s.tasks[id] = t
		s.counts[rec.State]++
		if rec.State == messages.TaskState_TASK_STATE_COMPLETED || rec.State == messages.TaskState_TASK_STATE_FAILED {
			t.status = taskStatusOf(rec, nil)
			return nil
		}
		for _, r := range rec.Replicas {
			t.workers[common.BytesToAddress(r.Worker)] = struct{}{}
		}
		s.spawnTask(ctx, t)
		return nil
	})
	if err != nil {
		panic(fmt.Sprintf("scheduler: cannot resume from journal: %v", err))
	}
}

// armTick schedules the next parked-request sweep (the timer only sends a
// message; the actor re-arms it, so its state stays on its goroutine).
func (s *schedulerActor) armTick(ctx actor.Context) {
	self, root := ctx.Self(), ctx.ActorSystem().Root
	s.ticker = s.cfg.Clock.AfterFunc(time.Second, func() { root.Send(self, &parkTick{}) })
}

func (s *schedulerActor) requirement(expr string) (*match.Requirement, error) {
	if r, ok := s.reqs[expr]; ok {
		return r, nil
	}
	r, err := match.Compile(expr)
	if err != nil {
		return nil, err
	}
	s.reqs[expr] = r
	return r, nil
}

func (s *schedulerActor) spawnTask(ctx actor.Context, t *taskEntry) {
	pid, err := ctx.SpawnNamed(newTaskProps(s.cfg, t.id), taskKey(t.id))
	if err != nil {
		panic(fmt.Sprintf("spawn task %x: %v", t.id, err))
	}
	t.pid = pid
}

// submit validates a whole bag first: a bad task rejects the bag and
// changes nothing. Accepted tasks are journaled before the reply.
func (s *schedulerActor) submit(ctx actor.Context, m *messages.SubmitBag) *messages.SubmitReply {
	if len(m.Tasks) == 0 {
		return &messages.SubmitReply{Error: "empty bag"}
	}
	entries := make([]*taskEntry, 0, len(m.Tasks))
	seen := map[[32]byte]bool{}
	for i, spec := range m.Tasks {
		t, err := s.validate(spec)
		if err == nil && seen[t.id] {
			err = errors.New("duplicate task id in bag")
		}
		if err != nil {
			return &messages.SubmitReply{Error: fmt.Sprintf("task %d: %v", i, err)}
		}
		seen[t.id] = true
		entries = append(entries, t)
	}
	reply := &messages.SubmitReply{Accepted: true, Unmatched: map[string]string{}}
	nodes := s.nodes()
	why := map[string]string{}
	ids := make([][32]byte, len(entries))
	recs := make([][]byte, len(entries))
	for i, t := range entries {
		rec := &messages.TaskRecord{Spec: t.spec, State: messages.TaskState_TASK_STATE_PENDING}
		{
			reason, ok := why[t.req.String()]
			if !ok {
				reason = t.req.Explain(nodes)
				why[t.req.String()] = reason
			}
			if reason != "" {
				reply.Unmatched[taskKey(t.id)] = reason
				rec.Reason = reason
				if s.cfg.FailUnmatched {
					rec.State = messages.TaskState_TASK_STATE_FAILED
				} else {
					// Pending, with the reason visible in its status until a
					// worker that matches takes it.
					rec.Reason = "waiting for a matching worker: " + reason
				}
			}
		}
		raw, err := proto.Marshal(rec)
		if err != nil {
			return &messages.SubmitReply{Error: err.Error()}
		}
		ids[i], recs[i] = t.id, raw
		t.state = rec.State
		if rec.State == messages.TaskState_TASK_STATE_FAILED {
			t.status = taskStatusOf(rec, nil)
		}
	}
	if err := s.cfg.Journal.PutTasks(ids, recs); err != nil {
		return &messages.SubmitReply{Error: "journal: " + err.Error()}
	}
	for _, t := range entries {
		s.tasks[t.id] = t
		s.counts[t.state]++
		reply.TaskIds = append(reply.TaskIds, t.id[:])
		if t.status != nil {
			if s.cfg.Settle != nil {
				s.cfg.Settle.Abandon(t.id, t.status.Reason)
			}
			s.notify(&messages.TaskEnded{Status: t.status})
			continue
		}
		s.spawnTask(ctx, t)
	}
	return reply
}

func (s *schedulerActor) validate(spec *messages.TaskSpec) (*taskEntry, error) {
	id, ok := messages.Hash32(spec.TaskId)
	if !ok {
		return nil, errors.New("task id must be 32 bytes")
	}
	if _, dup := s.tasks[id]; dup {
		return nil, fmt.Errorf("task %x already submitted", id[:8])
	}
	if spec.TimeRef == 0 {
		if _, err := poco.Category(spec.Category).T(); err != nil {
			return nil, err
		}
	}
	app, err := s.cfg.Apps.ByName(spec.AppName)
	if err != nil {
		return nil, err
	}
	if nc, ok := s.cfg.Apps.(interface {
		Native([32]byte) (NativeApp, bool)
	}); ok && !s.cfg.AllowNative {
		if _, native := nc.Native(app.Hash); native {
			return nil, fmt.Errorf("app %s is a native executable and this pool runs WebAssembly only", spec.AppName)
		}
	}
	if len(spec.AppHash) != 0 && !bytesEqual(spec.AppHash, app.Hash[:]) {
		return nil, fmt.Errorf("app %s: hash %x does not match the pool's module %x", spec.AppName, spec.AppHash, app.Hash)
	}
	expr, err := withGPU(spec.Requirements, spec.Gpu)
	if err != nil {
		return nil, err
	}
	req, err := s.requirement(expr)
	if err != nil {
		return nil, err
	}
	spec = proto.Clone(spec).(*messages.TaskSpec)
	spec.AppHash = app.Hash[:]
	if spec.TimeRef == 0 {
		spec.TimeRef, _ = poco.Category(spec.Category).T()
	}
	if spec.StartTime == 0 {
		spec.StartTime = uint64(s.cfg.Clock.Now().Unix())
	}
	return &taskEntry{id: id, spec: spec, req: req, workers: map[common.Address]struct{}{}, state: messages.TaskState_TASK_STATE_PENDING}, nil
}

func (s *schedulerActor) nodes() []*match.Node {
	out := make([]*match.Node, 0, len(s.workers))
	for _, w := range s.workers {
		out = append(out, w.node)
	}
	return out
}

func (s *schedulerActor) register(m *messages.RegisterWorker) {
	a, ok := addr(m.GetDescriptor_().GetNodeId())
	if !ok {
		return
	}
	w := s.workers[a]
	if w == nil {
		w = &workerEntry{addr: a}
		s.workers[a] = w
	}
	w.pid = fromPid(m.Worker)
	w.slots = max(int(m.GetDescriptor_().GetSlots()), 1)
	d := proto.Clone(m.Descriptor_).(*messages.NodeDescriptor)
	d.Score = s.scores[a]
	w.node = match.NewNode(d)
	w.seen = s.cfg.Clock.Now()
}

func (s *schedulerActor) workRequest(ctx actor.Context, m *messages.WorkRequest) {
	a, _ := addr(m.Worker)
	w := s.workers[a]
	if w == nil {
		if p := fromPid(m.ReplyTo); p != nil {
			ctx.Send(p, &messages.NoWork{Reason: NotRegistered, RetryAfterMs: 100})
		}
		return
	}
	w.seen = s.cfg.Clock.Now()
	w.gpuFree = int(m.GpuFree)
	if p := fromPid(m.ReplyTo); p != nil {
		w.pid = p
	}
	s.dispatch(ctx, w)
}

// dispatch routes a worker to the oldest ready task it matches, or parks it.
func (s *schedulerActor) dispatch(ctx actor.Context, w *workerEntry) {
	n := 0
	for e := s.ready.Front(); e != nil && n < maxScan; n++ {
		t := e.Value.(*taskEntry)
		next := e.Next()
		if s.fits(t, w) {
			s.route(ctx, t, w)
			return
		}
		e = next
	}
	if w.parked >= w.slots {
		// A repeated request (the worker's watchdog resent it): the parked
		// ones already stand for every free slot.
		return
	}
	w.parked++
	s.parked.PushBack(&parkedRequest{w: w, until: s.cfg.Clock.Now().Add(s.cfg.ParkTimeout)})
}

func (s *schedulerActor) fits(t *taskEntry, w *workerEntry) bool {
	if _, has := t.workers[w.addr]; has {
		return false
	}
	if n := int(t.spec.Gpu.GetCount()); n > w.gpuFree {
		return false
	}
	ok, _ := t.req.Matches(w.node)
	return ok
}

func (s *schedulerActor) route(ctx actor.Context, t *taskEntry, w *workerEntry) {
	if t.elem != nil {
		s.ready.Remove(t.elem)
		t.elem = nil
	}
	t.workers[w.addr] = struct{}{}
	t.routed++
	w.gpuFree -= int(t.spec.Gpu.GetCount())
	ctx.Send(t.pid, &messages.Provision{TaskId: t.id[:], Worker: w.addr.Bytes(), WorkerPid: toPid(w.pid), Score: s.scores[w.addr]})
}

func (s *schedulerActor) demand(ctx actor.Context, m *messages.TaskDemand) {
	id, ok := messages.Hash32(m.TaskId)
	t := s.tasks[id]
	if !ok || t == nil || t.status != nil {
		return
	}
	if m.Restarted {
		t.routed = m.ProvisionsSeen
	}
	for _, w := range m.ReleasedWorkers {
		if a, ok := addr(w); ok {
			delete(t.workers, a)
		}
	}
	fresh := m.ProvisionsSeen >= t.routed // no provision in flight
	if t.state == messages.TaskState_TASK_STATE_PENDING && !m.Need {
		s.setState(t, messages.TaskState_TASK_STATE_RUNNING)
	}
	if !m.Need {
		if t.elem != nil {
			s.ready.Remove(t.elem)
			t.elem = nil
		}
		return
	}
	if t.elem != nil {
		return
	}
	for e := s.parked.Front(); e != nil; e = e.Next() {
		p := e.Value.(*parkedRequest)
		if s.fits(t, p.w) {
			s.parked.Remove(e)
			p.w.parked--
			s.route(ctx, t, p.w)
			return
		}
	}
	t.elem = s.ready.PushBack(t)
	if fresh && s.cfg.FailUnmatched && len(s.workers) > 0 && s.exhausted(t) {
		ctx.Send(t.pid, &messages.Abort{TaskId: t.id[:], Reason: fmt.Sprintf(
			"needs another replica but each of the %d eligible workers already ran one (PoCo needs distinct workers)", len(t.workers))})
	}
}

// exhausted reports whether no registered worker can take another replica
// of t: each matching worker already has one.
func (s *schedulerActor) exhausted(t *taskEntry) bool {
	for _, w := range s.workers {
		if _, has := t.workers[w.addr]; has {
			continue
		}
		if ok, _ := t.req.Matches(w.node); ok {
			return false
		}
	}
	return true
}

func (s *schedulerActor) setState(t *taskEntry, st messages.TaskState) {
	s.counts[t.state]--
	t.state = st
	s.counts[st]++
}

func (s *schedulerActor) ended(ctx actor.Context, m *messages.TaskEnded) {
	id, ok := messages.Hash32(m.GetStatus().GetTaskId())
	t := s.tasks[id]
	if !ok || t == nil || t.status != nil {
		return
	}
	t.status = m.Status
	s.setState(t, m.Status.State)
	if t.elem != nil {
		s.ready.Remove(t.elem)
		t.elem = nil
	}
	t.workers = nil
	if t.pid != nil {
		ctx.Poison(t.pid)
		t.pid = nil // let the ended actor go
	}
	for a, sc := range m.Scores {
		s.scores[common.HexToAddress(a)] = sc
	}
	s.notify(m)
}

func (s *schedulerActor) notify(m *messages.TaskEnded) {
	if s.cfg.Events != nil {
		s.cfg.Events(m)
	}
}

// terminated notices a task actor that stopped without ending: its
// supervisor gave up after repeated crashes. The task fails with the panic
// as reason instead of vanishing.
func (s *schedulerActor) terminated(ctx actor.Context, m *actor.Terminated) {
	id := m.Who.Id[strings.LastIndexByte(m.Who.Id, '/')+1:]
	var key [32]byte
	if b := common.FromHex(id); len(b) == 32 {
		copy(key[:], b)
	}
	t := s.tasks[key]
	if t == nil || t.status != nil || s.stopping {
		return
	}
	raw, ok, _ := s.cfg.Journal.GetTask(key)
	rec := &messages.TaskRecord{Spec: t.spec}
	if ok {
		_ = proto.Unmarshal(raw, rec)
	}
	// A task actor stops itself once it has journaled its final state; the
	// Terminated system message can overtake its TaskEnded.
	if rec.State == messages.TaskState_TASK_STATE_COMPLETED || rec.State == messages.TaskState_TASK_STATE_FAILED {
		s.ended(ctx, &messages.TaskEnded{Status: taskStatusOf(rec, nil)})
		return
	}
	crash := s.sup.lastCrash(m.Who.Id)
	if crash == "" {
		return // stopped on purpose, not by its supervisor
	}
	reason := "task actor stopped after repeated crashes: " + crash
	rec.State, rec.Reason = messages.TaskState_TASK_STATE_FAILED, reason
	if b, err := proto.Marshal(rec); err == nil {
		_ = s.cfg.Journal.PutTask(key, b)
	}
	s.ended(ctx, &messages.TaskEnded{Status: taskStatusOf(rec, nil)})
}

func (s *schedulerActor) expireParked(ctx actor.Context) {
	now := s.cfg.Clock.Now()
	for e := s.parked.Front(); e != nil; {
		next := e.Next()
		p := e.Value.(*parkedRequest)
		if !now.Before(p.until) {
			s.parked.Remove(e)
			p.w.parked--
			ctx.Send(p.w.pid, &messages.NoWork{Reason: "no work", RetryAfterMs: 0})
		}
		e = next
	}
}

func (s *schedulerActor) statusOf(withTasks bool) *messages.PoolStatus {
	st := &messages.PoolStatus{Counts: map[string]uint32{}, Workers: uint32(len(s.workers)), Queued: uint32(s.ready.Len())}
	for k, v := range s.counts {
		if v > 0 {
			st.Counts[StateName(k)] = uint32(v)
		}
	}
	if withTasks {
		// Unfinished tasks' details come from the journal; past a few
		// hundred of them only their state is listed, so that a status poll
		// never holds the scheduler up.
		active := 0
		for _, t := range s.tasks {
			if t.status == nil {
				active++
			}
		}
		detailed := active <= maxDetailedActive
		for _, t := range s.tasks {
			if t.status != nil {
				st.Tasks = append(st.Tasks, t.status)
			} else if detailed {
				st.Tasks = append(st.Tasks, s.liveStatus(t))
			} else {
				st.Tasks = append(st.Tasks, &messages.TaskStatus{TaskId: t.id[:], State: t.state, AppName: t.spec.AppName, Trust: t.spec.Trust})
			}
		}
	}
	return st
}

// StateName is the short name of a task state ("completed" for certified).
func StateName(s messages.TaskState) string {
	return strings.ToLower(strings.TrimPrefix(s.String(), "TASK_STATE_"))
}

// withGPU adds a task's GPU request to its requirement expression, so that
// matching and the no-match explanation cover GPUs too.
func withGPU(expr string, g *messages.GPURequest) (string, error) {
	if g.GetCount() == 0 {
		return expr, nil
	}
	terms := []string{fmt.Sprintf("gpus.healthy >= %d", g.Count)}
	if g.MinMemoryBytes > 0 {
		terms = append(terms, fmt.Sprintf("gpus.memory >= %d", g.MinMemoryBytes))
	}
	if g.Model != "" {
		terms = append(terms, fmt.Sprintf("gpus.models.exists(m, m.lowerAscii().contains(%q))", strings.ToLower(g.Model)))
	}
	if g.MinComputeCapability != "" {
		if _, err := strconv.ParseFloat(g.MinComputeCapability, 64); err != nil {
			return "", fmt.Errorf("GPU compute capability %q: want e.g. 8.0", g.MinComputeCapability)
		}
		terms = append(terms, "gpus.compute >= "+g.MinComputeCapability)
	}
	gexpr := strings.Join(terms, " && ")
	if strings.TrimSpace(expr) == "" {
		return gexpr, nil
	}
	return "(" + expr + ") && " + gexpr, nil
}

// workerLost fails the lost workers' pending replicas and forgets them.
func (s *schedulerActor) workerLost(ctx actor.Context, m *messages.WorkerLost) {
	lost := map[common.Address]bool{}
	if a, ok := addr(m.Worker); ok {
		lost[a] = true
	}
	if m.ActorAddress != "" {
		for a, w := range s.workers {
			if w.pid != nil && w.pid.Address == m.ActorAddress {
				lost[a] = true
			}
		}
	}
	if len(lost) == 0 {
		return
	}
	for _, t := range s.tasks {
		if t.status != nil || t.pid == nil {
			continue
		}
		for a := range lost {
			if _, has := t.workers[a]; has {
				ctx.Send(t.pid, &messages.ReplicaFailed{TaskId: t.id[:], Worker: a.Bytes(), Reason: m.Reason})
			}
		}
	}
	for e := s.parked.Front(); e != nil; {
		next := e.Next()
		if lost[e.Value.(*parkedRequest).w.addr] {
			s.parked.Remove(e)
		}
		e = next
	}
	for a := range lost {
		delete(s.workers, a)
	}
}

// liveStatus reads an unfinished task's details from its journal record
// (what its actor last made durable).
func (s *schedulerActor) liveStatus(t *taskEntry) *messages.TaskStatus {
	if raw, ok, err := s.cfg.Journal.GetTask(t.id); err == nil && ok {
		rec := &messages.TaskRecord{}
		if proto.Unmarshal(raw, rec) == nil {
			return taskStatusOf(rec, nil)
		}
	}
	return &messages.TaskStatus{TaskId: t.id[:], State: t.state, AppName: t.spec.AppName, Trust: t.spec.Trust}
}
