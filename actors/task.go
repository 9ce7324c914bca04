package actors

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/protobuf/proto"

	"github.com/pocogrid/pocogrid/identity"
	"github.com/pocogrid/pocogrid/messages"
	"github.com/pocogrid/pocogrid/poco"
	"github.com/pocogrid/pocogrid/result"
)

// taskActor runs PoCo for one task: it provisions replicas while the
// prediction says consensus is not yet likely, checks every contribution's
// signature and feeds it to the core, asks the winners to reveal, takes the
// result upload and finalizes. All its state is journaled after each change:
// a restarted instance reloads it.
type taskActor struct {
	cfg  *PoolConfig
	id   [32]byte
	rec  *messages.TaskRecord
	core *poco.Task

	replicas map[string]*messages.ReplicaRecord
	byWorker map[common.Address]*messages.ReplicaRecord

	timerSeq  uint64
	timerStop func() bool
	ended     bool
	// provisions answered by this incarnation (see TaskDemand).
	provisionsSeen uint64
	restarted      bool
	chainBusy      bool // a Settler call is in flight
	chainRetries   int
	fetching       bool // blob references of the result are being fetched
	fetchFailures  int
}

func newTaskProps(cfg *PoolConfig, id [32]byte) *actor.Props {
	return actor.PropsFromProducer(func() actor.Actor { return &taskActor{cfg: cfg, id: id} })
}

func (t *taskActor) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		t.start(ctx)
	case *actor.Stopping, *actor.Restarting:
		if t.timerStop != nil {
			t.timerStop()
		}
	case *messages.Provision:
		t.provision(ctx, m)
	case *messages.Contribution:
		t.contribute(ctx, m)
	case *messages.ReplicaFailed:
		t.replicaFailed(ctx, m)
	case *messages.Reveal:
		t.reveal(ctx, m)
	case *messages.ResultUpload:
		t.upload(ctx, m)
	case *messages.Abort:
		// The scheduler gives up on the task (e.g. no eligible worker left).
		if !t.ended && t.core.Status() == poco.TaskActive {
			t.fail(ctx, m.Reason)
		}
	case *deadlineTick:
		if m.seq == t.timerSeq {
			t.deadline(ctx)
		}
	case *chainDone:
		t.chainDone(ctx, m)
	case *uploadFetched:
		t.uploadFetched(ctx, m)
	case *chainRetry:
		if !t.ended && !t.chainBusy {
			t.initializeOnChain(ctx)
			t.tryFinalize(ctx)
		}
	case *crash:
		panic(m.reason)
	}
}

func (t *taskActor) now() uint64 { return uint64(t.cfg.Clock.Now().Unix()) }

func (t *taskActor) start(ctx actor.Context) {
	raw, ok, err := t.cfg.Journal.GetTask(t.id)
	if err != nil || !ok {
		panic(fmt.Sprintf("task %x: no journal record (%v)", t.id, err))
	}
	rec := &messages.TaskRecord{}
	if err := proto.Unmarshal(raw, rec); err != nil {
		panic(fmt.Sprintf("task %x: corrupt journal record: %v", t.id, err))
	}
	t.rec = rec
	t.replicas = map[string]*messages.ReplicaRecord{}
	t.byWorker = map[common.Address]*messages.ReplicaRecord{}
	if len(rec.Core) == 0 {
		spec := rec.Spec
		core, err := poco.NewTaskWithTimeRef(t.id, spec.Trust, poco.Category(spec.Category), spec.TimeRef, spec.StartTime)
		if err != nil {
			t.fail(ctx, "cannot initialize: "+err.Error())
			return
		}
		t.core = core
		t.rec.State = messages.TaskState_TASK_STATE_PENDING
		t.save()
	} else {
		t.core = &poco.Task{}
		if err := t.core.UnmarshalBinary(rec.Core); err != nil {
			panic(fmt.Sprintf("task %x: corrupt core state: %v", t.id, err))
		}
	}
	now := uint64(t.cfg.Clock.Now().UnixMilli())
	for _, r := range rec.Replicas {
		t.replicas[r.ReplicaId] = r
		w, _ := addr(r.Worker)
		t.byWorker[w] = r
		if r.State == messages.ReplicaState_REPLICA_STATE_PENDING {
			// Restarted: watch the replica again under the same name, so the
			// worker's heartbeats reach the new incarnation.
			left := t.replicaTimeout() - time.Duration(now-r.CreatedUnixMs)*time.Millisecond
			t.spawnReplica(ctx, r, left)
		}
	}
	if t.core.Status() == poco.TaskRevealing {
		t.requestReveals(ctx)
	}
	t.tryFinalize(ctx)
	if !t.ended {
		t.armDeadline(ctx)
		t.restarted = true
		t.initializeOnChain(ctx)
		t.announceDemand(ctx)
	}
}

// chainCall runs a Settler call off the mailbox and reports back.
func (t *taskActor) chainCall(ctx actor.Context, op string, call func(context.Context) error) {
	t.chainBusy = true
	self, root := ctx.Self(), ctx.ActorSystem().Root
	go func() {
		c, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		root.Send(self, &chainDone{op: op, err: call(c)})
	}()
}

func (t *taskActor) initializeOnChain(ctx actor.Context) {
	if t.cfg.Settle == nil || t.rec.Initialized || t.chainBusy {
		return
	}
	spec := t.rec.Spec
	t.chainCall(ctx, "initialize", func(c context.Context) error { return t.cfg.Settle.Initialize(c, spec) })
}

func (t *taskActor) chainDone(ctx actor.Context, m *chainDone) {
	t.chainBusy = false
	if t.ended {
		return
	}
	if m.err != nil {
		// The chain actor already retried transient failures; keep the task
		// and try again shortly (a node's log index catching up, a reorg).
		t.chainRetries++
		wait := min(time.Duration(t.chainRetries)*2*time.Second, 30*time.Second)
		t.cfg.Logger.Warn("chain "+m.op+" failed; will retry", "task", taskKey(t.id)[:8], "in", wait, "err", m.err)
		self, root := ctx.Self(), ctx.ActorSystem().Root
		t.cfg.Clock.AfterFunc(wait, func() { root.Send(self, &chainRetry{}) })
		return
	}
	t.chainRetries = 0
	switch m.op {
	case "initialize":
		t.rec.Initialized = true
		t.save()
		t.announceDemand(ctx)
	case "finalize":
		t.rec.FinalizedOnchain = true
		t.save()
		t.tryFinalize(ctx)
	}
}

// save journals the current state; a task whose state cannot be made
// durable must not go on acknowledging messages.
func (t *taskActor) save() {
	core, err := t.core.MarshalBinary()
	if err != nil {
		panic(fmt.Sprintf("task %x: marshal core: %v", t.id, err))
	}
	t.rec.Core = core
	raw, err := proto.Marshal(t.rec)
	if err != nil {
		panic(fmt.Sprintf("task %x: marshal record: %v", t.id, err))
	}
	if err := t.cfg.Journal.PutTask(t.id, raw); err != nil {
		panic(fmt.Sprintf("task %x: journal: %v", t.id, err))
	}
}

func (t *taskActor) pendingWeights() []uint64 {
	var ws []uint64
	for _, r := range t.rec.Replicas {
		if r.State == messages.ReplicaState_REPLICA_STATE_PENDING {
			ws = append(ws, poco.Weight(r.Score))
		}
	}
	return ws
}

func (t *taskActor) needReplica() bool {
	if t.ended || t.core.Status() != poco.TaskActive {
		return false
	}
	if t.cfg.Settle != nil && !t.rec.Initialized {
		return false // workers cannot contribute before the task is on chain
	}
	if t.now() >= t.core.Deadlines().Contribution {
		return false
	}
	return t.core.NeedReplica(t.pendingWeights())
}

func (t *taskActor) announceDemand(ctx actor.Context, released ...[]byte) {
	ctx.Send(ctx.Parent(), &messages.TaskDemand{TaskId: t.id[:], Need: t.needReplica(), ProvisionsSeen: t.provisionsSeen,
		Restarted: t.restarted, ReleasedWorkers: released})
	t.restarted = false
}

func (t *taskActor) provision(ctx actor.Context, m *messages.Provision) {
	t.provisionsSeen++
	w, ok := addr(m.Worker)
	// A worker gets one replica of a task at a time, and none once it has
	// contributed; a replica that failed before contributing may be
	// retried by the same worker (a desktop that froze for a while).
	prev, has := t.byWorker[w]
	if has && prev.State == messages.ReplicaState_REPLICA_STATE_FAILED {
		if _, contributed := t.core.Contribution(w); !contributed {
			has = false
		}
	}
	if !ok || has || !t.needReplica() {
		ctx.Send(ctx.Parent(), &messages.ProvisionDeclined{TaskId: t.id[:], Worker: m.Worker, WorkerPid: m.WorkerPid, GpuUuids: m.GpuUuids})
		t.announceDemand(ctx)
		return
	}
	auth, err := t.cfg.SchedulerKey.Sign(poco.AuthorizationHash(w, t.id, common.Address{}))
	if err != nil {
		panic(err)
	}
	t.rec.ReplicaSeq++
	r := &messages.ReplicaRecord{
		ReplicaId:     hex.EncodeToString(t.id[:4]) + "-" + strconv.FormatUint(t.rec.ReplicaSeq, 10),
		Worker:        m.Worker,
		WorkerPid:     m.WorkerPid,
		Score:         m.Score,
		CreatedUnixMs: uint64(t.cfg.Clock.Now().UnixMilli()),
		GpuUuids:      m.GpuUuids,
	}
	t.rec.Replicas = append(t.rec.Replicas, r)
	t.replicas[r.ReplicaId] = r
	t.byWorker[w] = r
	if t.rec.State == messages.TaskState_TASK_STATE_PENDING {
		t.rec.State = messages.TaskState_TASK_STATE_RUNNING
		t.rec.Reason = "" // a matching worker came
	}
	t.save()
	rpid := t.spawnReplica(ctx, r, t.replicaTimeout())
	spec := t.rec.Spec
	ctx.Send(fromPid(m.WorkerPid), &messages.Assignment{
		TaskId:               t.id[:],
		ReplicaId:            r.ReplicaId,
		AppName:              spec.AppName,
		AppHash:              spec.AppHash,
		Args:                 spec.Args,
		Limits:               spec.Limits,
		Scheduler:            t.cfg.SchedulerKey.Address().Bytes(),
		AuthSign:             auth,
		Enclave:              make([]byte, 20),
		Trust:                t.core.Trust(),
		Category:             spec.Category,
		ContributionDeadline: t.core.Deadlines().Contribution,
		Task:                 toPid(ctx.Self()),
		Replica:              toPid(rpid),
		HeartbeatMs:          uint64(t.cfg.HeartbeatInterval / time.Millisecond),
		GpuUuids:             m.GpuUuids,
		Gpu:                  spec.Gpu,
	})
	t.announceDemand(ctx)
}

// replicaTimeout is the pool's, capped at the task's category time T (a
// pending replica stops counting after T, as in iexec-core).
func (t *taskActor) replicaTimeout() time.Duration {
	return min(t.cfg.ReplicaTimeout, time.Duration(t.core.TimeRef())*time.Second)
}

func (t *taskActor) spawnReplica(ctx actor.Context, r *messages.ReplicaRecord, timeout time.Duration) *actor.PID {
	if timeout <= 0 {
		timeout = time.Millisecond
	}
	props := actor.PropsFromProducer(func() actor.Actor {
		return &replicaActor{id: r.ReplicaId, worker: r.Worker, liveness: t.cfg.LivenessTimeout, timeout: timeout, clock: t.cfg.Clock, taskID: t.id}
	})
	pid, err := ctx.SpawnNamed(props, "r"+r.ReplicaId)
	if err != nil {
		// Same name still registered (stopping): address it anyway.
		return actor.NewPID(ctx.Self().Address, ctx.Self().Id+"/r"+r.ReplicaId)
	}
	return pid
}

func (t *taskActor) stopReplica(ctx actor.Context, r *messages.ReplicaRecord) {
	ctx.Stop(actor.NewPID(ctx.Self().Address, ctx.Self().Id+"/r"+r.ReplicaId))
}

// replicaFor checks that a message names a replica of this task that belongs
// to the claimed worker.
func (t *taskActor) replicaFor(taskID []byte, replicaID string, worker []byte) (*messages.ReplicaRecord, common.Address, error) {
	id, ok := messages.Hash32(taskID)
	if !ok || id != t.id {
		return nil, common.Address{}, errors.New("wrong task id")
	}
	w, ok := addr(worker)
	if !ok {
		return nil, common.Address{}, errors.New("malformed worker address")
	}
	r, ok := t.replicas[replicaID]
	if !ok {
		return nil, w, fmt.Errorf("unknown replica %q", replicaID)
	}
	if !bytesEqual(r.Worker, worker) {
		return nil, w, fmt.Errorf("replica %s belongs to another worker", replicaID)
	}
	return r, w, nil
}

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }

func (t *taskActor) ack(ctx actor.Context, to *messages.Pid, replicaID string, err error) {
	a := &messages.Ack{TaskId: t.id[:], ReplicaId: replicaID, Accepted: err == nil}
	if err != nil {
		a.Reason = err.Error()
		t.cfg.Logger.Debug("rejected", "task", taskKey(t.id)[:8], "replica", replicaID, "reason", a.Reason)
	}
	if p := fromPid(to); p != nil {
		ctx.Send(p, a)
	} else if ctx.Sender() != nil {
		ctx.Respond(a)
	}
}

func (t *taskActor) contribute(ctx actor.Context, m *messages.Contribution) {
	err := t.checkContribution(m)
	if err == nil {
		err = t.applyContribution(ctx, m)
	}
	t.ack(ctx, m.ReplyTo, m.ReplicaId, err)
}

func (t *taskActor) checkContribution(m *messages.Contribution) error {
	r, w, err := t.replicaFor(m.TaskId, m.ReplicaId, m.Worker)
	if err != nil {
		return err
	}
	if r.State != messages.ReplicaState_REPLICA_STATE_PENDING {
		return fmt.Errorf("replica %s already %s", r.ReplicaId, r.State)
	}
	h, ok1 := messages.Hash32(m.ResultHash)
	s, ok2 := messages.Hash32(m.ResultSeal)
	if !ok1 || !ok2 {
		return errors.New("malformed result hash or seal")
	}
	return identity.Verify(identity.ContributionDigest(t.id, h, s), m.Sign, w)
}

func (t *taskActor) applyContribution(ctx actor.Context, m *messages.Contribution) error {
	r := t.replicas[m.ReplicaId]
	w, _ := addr(m.Worker)
	h, _ := messages.Hash32(m.ResultHash)
	s, _ := messages.Hash32(m.ResultSeal)
	score := r.Score
	if m.ChainWeight > 0 && t.cfg.Settle != nil {
		// The chain weighed it from the worker's on-chain score at that
		// block; use a score of the same weight class so the off-chain
		// consensus and payouts match the chain's exactly.
		score = poco.ScoreForWeight(m.ChainWeight)
	}
	reached, err := t.core.Contribute(w, score, h, s, t.now())
	if err != nil {
		return err
	}
	r.State = messages.ReplicaState_REPLICA_STATE_CONTRIBUTED
	r.GpuUuids = m.GpuUuids
	t.stopReplica(ctx, r)
	if reached {
		t.rec.State = messages.TaskState_TASK_STATE_REVEALING
	}
	t.save()
	if reached {
		t.requestReveals(ctx)
		t.armDeadline(ctx)
	}
	t.announceDemand(ctx)
	return nil
}

// requestReveals asks every unrevealed winner to reveal; the first one is
// also asked to upload the result files.
func (t *taskActor) requestReveals(ctx actor.Context) {
	value := t.core.ConsensusValue()
	upload := !t.rec.Uploaded
	for _, c := range t.core.Contributions() {
		if c.Status != poco.Contributed || c.ResultHash != value {
			continue
		}
		r := t.byWorker[c.Worker]
		if r == nil {
			continue
		}
		ctx.Send(fromPid(r.WorkerPid), &messages.RevealRequest{TaskId: t.id[:], ReplicaId: r.ReplicaId, Upload: upload, RevealDeadline: t.core.RevealDeadline()})
		upload = false
	}
}

func (t *taskActor) replicaFailed(ctx actor.Context, m *messages.ReplicaFailed) {
	if m.ReplicaId == "" {
		// The worker was lost: fail its replica, if it is still pending.
		w, ok := addr(m.Worker)
		if r := t.byWorker[w]; ok && r != nil {
			m = &messages.ReplicaFailed{TaskId: m.TaskId, ReplicaId: r.ReplicaId, Worker: m.Worker, Reason: m.Reason}
		}
	}
	r, ok := t.replicas[m.ReplicaId]
	if !ok || r.State != messages.ReplicaState_REPLICA_STATE_PENDING {
		return
	}
	if len(m.Worker) > 0 && !bytesEqual(m.Worker, r.Worker) {
		return // only the replica's worker or its watcher may fail it
	}
	r.State = messages.ReplicaState_REPLICA_STATE_FAILED
	r.Reason = m.Reason
	t.save()
	t.stopReplica(ctx, r)
	ctx.Send(fromPid(r.WorkerPid), &messages.Abort{TaskId: t.id[:], ReplicaId: r.ReplicaId, Reason: m.Reason})
	t.cfg.Logger.Debug("replica failed", "task", taskKey(t.id)[:8], "replica", r.ReplicaId, "reason", m.Reason)
	failed := 0
	for _, x := range t.rec.Replicas {
		if x.State == messages.ReplicaState_REPLICA_STATE_FAILED {
			failed++
		}
	}
	if failed >= t.cfg.MaxFailedReplicas && t.core.Status() == poco.TaskActive {
		t.fail(ctx, fmt.Sprintf("%d replicas failed; last: %s", failed, m.Reason))
		return
	}
	t.announceDemand(ctx, r.Worker)
}

func (t *taskActor) reveal(ctx actor.Context, m *messages.Reveal) {
	err := t.applyReveal(ctx, m)
	t.ack(ctx, m.ReplyTo, m.ReplicaId, err)
	if err == nil {
		t.tryFinalize(ctx)
	}
}

func (t *taskActor) applyReveal(ctx actor.Context, m *messages.Reveal) error {
	r, w, err := t.replicaFor(m.TaskId, m.ReplicaId, m.Worker)
	if err != nil {
		return err
	}
	digest, ok := messages.Hash32(m.Digest)
	if !ok {
		return errors.New("malformed digest")
	}
	if err := identity.Verify(identity.RevealDigest(t.id, digest), m.Sign, w); err != nil {
		return err
	}
	if len(m.Files) > 0 {
		if err := t.checkUpload(digest, m.Files); err != nil {
			return err
		}
	}
	if err := t.core.Reveal(w, digest, t.now()); err != nil {
		return err
	}
	r.State = messages.ReplicaState_REPLICA_STATE_REVEALED
	if len(m.Files) > 0 && !t.rec.Uploaded {
		if err := t.storeResult(ctx, digest, m.Files); err != nil {
			return err
		}
	}
	t.save()
	return nil
}

// checkUpload vets result files before anything changes: they must hash to
// the digest, and blob references need a store that can fetch them.
func (t *taskActor) checkUpload(digest [32]byte, files []*messages.ResultFile) error {
	got, err := result.Digest(files)
	if err != nil {
		return fmt.Errorf("uploaded result: %w", err)
	}
	if got != digest {
		return fmt.Errorf("uploaded result digest %x does not match the revealed digest", got[:8])
	}
	if _, ok := t.cfg.Results.(result.Fetcher); result.HasRefs(files) && !ok {
		return errors.New("this pool's result store takes inline results only")
	}
	return nil
}

// storeResult stores an uploaded result: inline at once, blob references
// by fetching them off the mailbox (uploadFetched follows).
func (t *taskActor) storeResult(ctx actor.Context, digest [32]byte, files []*messages.ResultFile) error {
	if !result.HasRefs(files) {
		if err := t.cfg.Results.Put(t.id, digest, files); err != nil {
			return fmt.Errorf("storing result: %w", err)
		}
		t.rec.Uploaded = true
		return nil
	}
	if t.fetching {
		return nil
	}
	t.fetching = true
	fetcher := t.cfg.Results.(result.Fetcher)
	self, root, id := ctx.Self(), ctx.ActorSystem().Root, t.id
	go func() {
		c, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
		defer cancel()
		root.Send(self, &uploadFetched{files: files, err: fetcher.FetchAndPut(c, id, digest, files)})
	}()
	return nil
}

// uploadFetched ends a blob fetch: the result is stored, or the fetch is
// retried (and after a few failures another revealer is asked).
func (t *taskActor) uploadFetched(ctx actor.Context, m *uploadFetched) {
	t.fetching = false
	if t.ended || t.rec.Uploaded {
		return
	}
	if m.err == nil {
		t.rec.Uploaded = true
		t.save()
		t.tryFinalize(ctx)
		return
	}
	t.fetchFailures++
	t.cfg.Logger.Warn("result fetch failed", "task", taskKey(t.id)[:8], "attempt", t.fetchFailures, "err", m.err)
	if t.fetchFailures%3 == 0 {
		t.askUpload(ctx)
		return
	}
	if err := t.storeResult(ctx, t.core.ResultDigest(), m.files); err != nil {
		t.cfg.Logger.Warn("result fetch", "err", err)
	}
}

func (t *taskActor) upload(ctx actor.Context, m *messages.ResultUpload) {
	_, _, err := t.replicaFor(m.TaskId, m.ReplicaId, m.Worker)
	if err == nil && !t.rec.Uploaded && t.core.Reveals() > 0 {
		if err = t.checkUpload(t.core.ResultDigest(), m.Files); err == nil {
			if err = t.storeResult(ctx, t.core.ResultDigest(), m.Files); err == nil && t.rec.Uploaded {
				t.save()
			}
		}
	}
	t.ack(ctx, nil, m.ReplicaId, err)
	if err == nil {
		t.tryFinalize(ctx)
	}
}

// askUpload asks a revealed worker for the files when the designated
// uploader did not deliver them.
func (t *taskActor) askUpload(ctx actor.Context) {
	for _, r := range t.rec.Replicas {
		if r.State == messages.ReplicaState_REPLICA_STATE_REVEALED {
			ctx.Send(fromPid(r.WorkerPid), &messages.UploadRequest{TaskId: t.id[:], ReplicaId: r.ReplicaId})
			return
		}
	}
}

func (t *taskActor) tryFinalize(ctx actor.Context) {
	if t.ended || t.core.Status() != poco.TaskRevealing {
		return
	}
	now := t.now()
	if err := t.core.CanFinalize(now); err != nil {
		return
	}
	if !t.rec.Uploaded {
		if !t.fetching && t.core.Reveals() == t.core.Winners() {
			t.askUpload(ctx)
		}
		return
	}
	if t.cfg.Settle != nil && !t.rec.FinalizedOnchain {
		if !t.chainBusy {
			t.rec.State = messages.TaskState_TASK_STATE_FINALIZING
			id, digest := t.id, t.core.ResultDigest()
			t.chainCall(ctx, "finalize", func(c context.Context) error { return t.cfg.Settle.Finalize(c, id, digest) })
		}
		return
	}
	st, err := t.core.Finalize(now, t.cfg.PoolPrice, t.cfg.WorkerStake, t.cfg.SchedulerRatio, 0)
	if err != nil {
		t.cfg.Logger.Warn("finalize", "task", taskKey(t.id)[:8], "err", err)
		return
	}
	t.rec.State = messages.TaskState_TASK_STATE_COMPLETED
	ended := &messages.TaskEnded{Scores: map[string]uint64{}, Payouts: map[string]uint64{}, Seized: map[string]uint64{}, SchedulerPayout: st.Scheduler + st.KittyBonus}
	for a, s := range st.Scores {
		ended.Scores[a.Hex()] = s
	}
	for a, p := range st.Payouts {
		ended.Payouts[a.Hex()] = p
	}
	for a, p := range st.Seized {
		ended.Seized[a.Hex()] = p
	}
	t.end(ctx, ended)
}

func (t *taskActor) fail(ctx actor.Context, reason string) {
	t.rec.State = messages.TaskState_TASK_STATE_FAILED
	t.rec.Reason = reason
	if t.cfg.Settle != nil {
		t.cfg.Settle.Abandon(t.id, reason)
	}
	t.end(ctx, &messages.TaskEnded{})
}

// end journals the final state and tells the scheduler and the workers
// still holding replicas.
func (t *taskActor) end(ctx actor.Context, ended *messages.TaskEnded) {
	t.ended = true
	t.rec.EndedUnixMs = uint64(t.cfg.Clock.Now().UnixMilli())
	if t.core != nil {
		t.save()
	} else {
		raw, _ := proto.Marshal(t.rec)
		_ = t.cfg.Journal.PutTask(t.id, raw)
	}
	if t.timerStop != nil {
		t.timerStop()
	}
	for _, r := range t.rec.Replicas {
		if r.State != messages.ReplicaState_REPLICA_STATE_FAILED {
			ctx.Send(fromPid(r.WorkerPid), &messages.Abort{TaskId: t.id[:], ReplicaId: r.ReplicaId, Reason: "task ended"})
		}
	}
	// The scheduler poisons this actor when it processes TaskEnded, so a
	// Provision it sent meanwhile is still answered (declined).
	ended.Status = t.status()
	ctx.Send(ctx.Parent(), ended)
}

func (t *taskActor) status() *messages.TaskStatus {
	return taskStatusOf(t.rec, t.core)
}

// taskStatusOf summarizes a task record (and its core, when loaded).
func taskStatusOf(rec *messages.TaskRecord, core *poco.Task) *messages.TaskStatus {
	st := &messages.TaskStatus{
		TaskId:          rec.Spec.TaskId,
		State:           rec.State,
		Reason:          rec.Reason,
		Replicas:        uint32(len(rec.Replicas)),
		Trust:           rec.Spec.Trust,
		AppName:         rec.Spec.AppName,
		FinalizedUnixMs: rec.EndedUnixMs,
		Onchain:         rec.FinalizedOnchain,
	}
	if core == nil && len(rec.Core) > 0 {
		c := &poco.Task{}
		if c.UnmarshalBinary(rec.Core) == nil {
			core = c
		}
	}
	if core == nil {
		return st
	}
	cons := core.Consensus()
	total := cons.Total()
	st.TotalWeight = total.Dec()
	if core.Status() == poco.TaskRevealing || core.Status() == poco.TaskCompleted {
		g := cons.Group(core.ConsensusValue())
		st.GroupWeight = g.Dec()
	} else if _, g, ok := cons.Leader(); ok {
		st.GroupWeight = g.Dec()
	}
	st.Reveals = uint32(core.Reveals())
	gpus := map[string][]string{}
	for _, r := range rec.Replicas {
		gpus[string(r.Worker)] = r.GpuUuids
	}
	for _, c := range core.Contributions() {
		st.Contributions++
		if c.Status == poco.Proved {
			st.Workers = append(st.Workers, c.Worker.Bytes())
			st.GpuUuids = append(st.GpuUuids, gpus[string(c.Worker.Bytes())]...)
		}
	}
	if core.Status() == poco.TaskCompleted {
		d := core.ResultDigest()
		st.ResultDigest = d[:]
	}
	return st
}

// retryEverySeconds paces upload and finalize retries after the reveal
// deadline.
const retryEverySeconds = 5

// armDeadline schedules a tick at the next protocol deadline.
func (t *taskActor) armDeadline(ctx actor.Context) {
	if t.timerStop != nil {
		t.timerStop()
	}
	var at uint64
	switch t.core.Status() {
	case poco.TaskActive:
		at = t.core.Deadlines().Contribution
		if t.cfg.Settle != nil && !t.rec.Initialized {
			at = min(at, t.now()+retryEverySeconds) // retry initialize
		}
	case poco.TaskRevealing:
		at = t.core.RevealDeadline()
		if now := t.now(); now >= at {
			// Past the reveal deadline: retry upload/finalize every few
			// seconds until the final deadline.
			at = min(now+retryEverySeconds, t.core.Deadlines().Final)
		}
	default:
		return
	}
	t.timerSeq++
	seq, self, root := t.timerSeq, ctx.Self(), ctx.ActorSystem().Root
	d := time.Unix(int64(at), 0).Sub(t.cfg.Clock.Now())
	if d < 0 {
		d = 0
	}
	t.timerStop = t.cfg.Clock.AfterFunc(d+time.Millisecond, func() { root.Send(self, &deadlineTick{seq: seq}) })
}

func (t *taskActor) deadline(ctx actor.Context) {
	now := t.now()
	switch t.core.Status() {
	case poco.TaskActive:
		if now >= t.core.Deadlines().Contribution {
			t.fail(ctx, "contribution deadline passed without consensus")
			return
		}
	case poco.TaskRevealing:
		if now >= t.core.Deadlines().Final {
			if err := t.core.Claim(now); err == nil {
				t.fail(ctx, "final deadline passed before finalize (claimed)")
				return
			}
		}
		if now >= t.core.RevealDeadline() {
			if t.core.Reveals() == 0 {
				if err := t.core.Reopen(now); err == nil {
					for _, r := range t.rec.Replicas {
						if r.State == messages.ReplicaState_REPLICA_STATE_CONTRIBUTED {
							r.State = messages.ReplicaState_REPLICA_STATE_FAILED
							r.Reason = "no reveal before the reveal deadline"
						}
					}
					t.rec.State = messages.TaskState_TASK_STATE_RUNNING
					t.save()
					t.announceDemand(ctx)
				}
			} else if !t.rec.Uploaded {
				t.askUpload(ctx)
			}
			t.tryFinalize(ctx)
		}
	}
	if !t.ended {
		t.initializeOnChain(ctx)
		t.armDeadline(ctx)
	}
}
