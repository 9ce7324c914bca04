package trace

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

// Job is one job of an SWF or GWF trace. Times are in seconds; Submit is
// relative to the start of the trace as the archive wrote it. Every numeric
// field holds Unknown (-1) when the trace does not know it; otherwise it is
// non-negative. Use Known to test a field.
type Job struct {
	ID      int64   // job number (never unknown)
	Submit  float64 // submit time
	Wait    float64 // time from submit to start
	Runtime float64 // wall-clock run time
	// Procs is the number of allocated processors, or the requested number
	// when the allocated one is unknown.
	Procs    int
	ReqProcs int     // requested processors
	ReqTime  float64 // requested (wall-clock limit) time
	// Status: 0 failed, 1 completed, 5 cancelled (SWF v2.2 also has 2, 3, 4
	// for checkpointed parts of a job).
	Status int
	User   int
	Group  int
	App    int // executable (application) number
	Queue  int
	// BagID is the bag-of-tasks (batch) a GWF job belongs to, Unknown (-1)
	// for a job outside any bag and for every SWF job.
	BagID int64

	// The remaining SWF fields, kept for completeness.
	AvgCPU       float64 // average CPU time used per processor, seconds
	UsedMem      float64 // used memory per processor, KB
	ReqMem       float64 // requested memory per processor, KB
	Partition    int
	PrecedingJob int64   // job this one depends on
	ThinkTime    float64 // seconds from the preceding job's end to this submit
}

// StartTime returns Submit+Wait when both are known.
func (j Job) StartTime() (float64, bool) {
	if !Known(j.Submit) || !Known(j.Wait) {
		return 0, false
	}
	return j.Submit + j.Wait, true
}

// EndTime returns Submit+Wait+Runtime when all three are known.
func (j Job) EndTime() (float64, bool) {
	s, ok := j.StartTime()
	if !ok || !Known(j.Runtime) {
		return 0, false
	}
	return s + j.Runtime, true
}

// Validate reports the first field that is neither Unknown nor a finite
// non-negative value. Every job returned by the readers validates.
func (j Job) Validate() error {
	if j.ID < 0 {
		return fmt.Errorf("job id %d is negative", j.ID)
	}
	floats := []struct {
		name string
		v    float64
	}{
		{"submit", j.Submit}, {"wait", j.Wait}, {"runtime", j.Runtime},
		{"requested time", j.ReqTime}, {"average cpu", j.AvgCPU},
		{"used memory", j.UsedMem}, {"requested memory", j.ReqMem},
		{"think time", j.ThinkTime},
	}
	for _, f := range floats {
		if math.IsNaN(f.v) || math.IsInf(f.v, 0) || (f.v < 0 && f.v != Unknown) {
			return fmt.Errorf("job %d: %s %v is neither -1 nor a non-negative number", j.ID, f.name, f.v)
		}
	}
	ints := []struct {
		name string
		v    int64
	}{
		{"procs", int64(j.Procs)}, {"requested procs", int64(j.ReqProcs)},
		{"status", int64(j.Status)}, {"user", int64(j.User)}, {"group", int64(j.Group)},
		{"app", int64(j.App)}, {"queue", int64(j.Queue)}, {"partition", int64(j.Partition)},
		{"preceding job", j.PrecedingJob}, {"bag", j.BagID},
	}
	for _, f := range ints {
		if f.v < Unknown {
			return fmt.Errorf("job %d: %s %d is neither -1 nor non-negative", j.ID, f.name, f.v)
		}
	}
	return nil
}

// Jobs is the result of reading a job trace.
type Jobs struct {
	Jobs    []Job
	Skipped int     // malformed lines skipped (Lenient mode)
	Errors  []error // the first MaxErrors of them, each a *ParseError
	Source  string  // the name given to the reader
}

// Bag is one bag of tasks: the jobs of a trace that share a BagID.
type Bag struct {
	ID   int64
	Jobs []Job // in trace order
}

// Bags groups the jobs that belong to a bag (BagID != -1) by BagID, in
// increasing BagID order. Jobs outside any bag are left out.
func (js *Jobs) Bags() []Bag {
	idx := map[int64]int{}
	var bags []Bag
	for _, j := range js.Jobs {
		if j.BagID == Unknown {
			continue
		}
		i, ok := idx[j.BagID]
		if !ok {
			i = len(bags)
			idx[j.BagID] = i
			bags = append(bags, Bag{ID: j.BagID})
		}
		bags[i].Jobs = append(bags[i].Jobs, j)
	}
	sort.Slice(bags, func(a, b int) bool { return bags[a].ID < bags[b].ID })
	return bags
}

// errFieldCount is the reason for a row with the wrong number of fields.
func errFieldCount(want string, got int) error {
	return fmt.Errorf("want %s fields, got %d", want, got)
}

var errNoID = errors.New("job id: must be known (not -1)")

// finishJob applies the rules shared by SWF and GWF: the Procs fallback and
// a known job id.
func finishJob(j *Job, allocated int) error {
	if j.ID == Unknown {
		return errNoID
	}
	j.Procs = allocated
	if allocated == Unknown {
		j.Procs = j.ReqProcs
	}
	return nil
}
