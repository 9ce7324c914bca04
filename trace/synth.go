package trace

import (
	"math"
	"math/rand/v2"
)

// Parameters of the synthetic workload (see Synthesize).
const (
	synthMachineProcs = 128     // processors of the simulated machine
	synthMinRuntime   = 1.0     // seconds
	synthMaxRuntime   = 86400.0 // seconds
	synthUsers        = 64
	// Mean inter-arrival time, for an offered load of about 65% of the
	// machine: mean run time (b-a)/ln(b/a) ≈ 7,600 s times a mean of ≈ 6.75
	// processors (less for failed and cancelled jobs) every 600 s over 128
	// processors.
	synthMeanInterarrival = 600.0 // seconds
)

// synthProcs is the distribution of processor counts: mostly serial jobs,
// then powers of two.
var synthProcs = []struct {
	procs int
	cum   float64
}{
	{1, 0.55}, {2, 0.67}, {4, 0.78}, {8, 0.87}, {16, 0.93}, {32, 0.97}, {64, 0.99}, {128, 1},
}

// synthLimits are the wall-clock limits users pick from (seconds).
var synthLimits = []float64{900, 3600, 4 * 3600, 12 * 3600, 24 * 3600}

// Synthesize returns n jobs of a realistic-looking workload for a
// 128-processor machine. The jobs depend only on n and seed (a PCG stream,
// transformed by this package, not by math/rand helpers whose output may
// change between Go releases):
//
//   - Poisson arrivals (exponential inter-arrival times, mean 600 s; an
//     offered load of about 65%);
//   - run times log-uniform between 1 s and 1 day;
//   - processor counts mostly 1 (55%), otherwise powers of two up to 128;
//   - requested time the smallest of 15 min, 1, 4, 12, 24 h at or above
//     the run time; status 1 (94%), 0 failed (4%), 5 cancelled (2%);
//   - Zipf-like users (64), a few groups, applications per user, queues by
//     requested time;
//   - wait times from a conservative-backfilling schedule of the machine
//     (most jobs start at once; the mean wait is a few hours).
//
// Times are whole seconds; average CPU time, memory, preceding job and think
// time are -1 (this keeps the gzip'd 20k-job trace small).
func Synthesize(n int, seed int64) []Job {
	if n <= 0 {
		return nil
	}
	src := rand.NewPCG(uint64(seed), 0x706f636f67726964) // "pocogrid"
	u01 := func() float64 { return float64(src.Uint64()>>11) / (1 << 53) }

	// Zipf-like user weights: weight(u) ∝ 1/u.
	userCum := make([]float64, synthUsers)
	total := 0.0
	for u := range synthUsers {
		total += 1 / float64(u+1)
		userCum[u] = total
	}

	jobs := make([]Job, n)
	clock := 0.0
	for i := range jobs {
		clock += math.Round(-synthMeanInterarrival * math.Log(1-u01()))
		runtime := math.Round(synthMinRuntime * math.Exp(u01()*math.Log(synthMaxRuntime/synthMinRuntime)))
		p := u01()
		procs := 1
		for _, c := range synthProcs {
			if p < c.cum {
				procs = c.procs
				break
			}
		}
		reqTime := synthLimits[len(synthLimits)-1]
		queue := len(synthLimits)
		for q, l := range synthLimits {
			if l >= runtime {
				reqTime, queue = l, q+1
				break
			}
		}
		status := 1
		switch s := u01(); {
		case s < 0.04:
			status = 0
			runtime = math.Round(runtime * u01()) // fails part way
		case s < 0.06:
			status = 5
			runtime = math.Round(runtime * u01()) // cancelled part way
		}
		x := u01() * total
		user := 1
		for u, c := range userCum {
			if x < c {
				user = u + 1
				break
			}
		}
		jobs[i] = Job{
			ID:           int64(i + 1),
			Submit:       clock,
			Runtime:      runtime,
			Procs:        procs,
			ReqProcs:     procs,
			ReqTime:      reqTime,
			Status:       status,
			User:         user,
			Group:        user%8 + 1,
			App:          (user-1)*4 + int(u01()*4) + 1,
			Queue:        queue,
			Partition:    1,
			BagID:        Unknown,
			AvgCPU:       Unknown,
			UsedMem:      Unknown,
			ReqMem:       Unknown,
			PrecedingJob: Unknown,
			ThinkTime:    Unknown,
		}
	}
	backfillWaits(jobs, synthMachineProcs)
	return jobs
}

// backfillWaits sets Wait for jobs (in submit order) scheduled on a machine
// of procs processors by conservative backfilling with exact run times: each
// job in turn gets the earliest start at which enough processors stay free
// for its whole run, without delaying any job scheduled before it.
func backfillWaits(jobs []Job, procs int) {
	// prof is the free-processor profile: prof[k].free processors are free
	// from prof[k].t until prof[k+1].t; the last step lasts forever.
	type step struct {
		t    float64
		free int
	}
	prof := []step{{0, procs}}
	for i := range jobs {
		j := &jobs[i]
		need := min(max(j.Procs, 0), procs)
		// Steps before the submit time no longer matter: submits are in order.
		k := 0
		for k+1 < len(prof) && prof[k+1].t <= j.Submit {
			k++
		}
		prof = prof[k:]
		prof[0].t = max(prof[0].t, j.Submit)

		s := 0
	search:
		for ; ; s++ {
			if prof[s].free < need {
				continue
			}
			end := prof[s].t + j.Runtime
			for e := s + 1; e < len(prof) && prof[e].t < end; e++ {
				if prof[e].free < need {
					s = e
					continue search
				}
			}
			break
		}
		start := prof[s].t
		j.Wait = start - j.Submit
		if j.Runtime <= 0 || need == 0 {
			continue
		}
		// Split the profile at the job's end, then take its processors.
		end := start + j.Runtime
		e := s + 1
		for e < len(prof) && prof[e].t < end {
			e++
		}
		if e == len(prof) || prof[e].t != end {
			prof = append(prof, step{})
			copy(prof[e+1:], prof[e:])
			prof[e] = step{end, prof[e-1].free}
		}
		for x := s; x < e; x++ {
			prof[x].free -= need
		}
	}
}
