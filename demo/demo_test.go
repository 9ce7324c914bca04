package demo

import (
	"context"
	"testing"
	"time"
)

func TestDemoCertifiesWithSaboteurs(t *testing.T) {
	s, err := Run(context.Background(), Options{Workers: 16, Tasks: 30, Trust: 100, App: "noop", Saboteurs: 0.2, Timeout: 2 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if s.Completed != 30 || s.Failed != 0 || s.WrongAccepted != 0 {
		t.Fatalf("%+v", s)
	}
	if s.Saboteurs != 3 || s.ReplicasPer < 7 {
		t.Fatalf("saboteurs %d, %.2f replicas per task", s.Saboteurs, s.ReplicasPer)
	}
}

func TestDemoGPUTasksRunPinnedOnGPUWorkers(t *testing.T) {
	s, err := Run(context.Background(), Options{Workers: 6, Tasks: 24, Trust: 1, App: "sleep", FakeGPUs: "2xA30", GPUWorkers: 2, GPUTasks: 12, Timeout: 2 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if s.Completed != 24 || s.GPUTasks != 12 || s.GPUTasksMisplaced != 0 || s.GPUPinningConflicts != 0 {
		t.Fatalf("%+v", s)
	}
	if s.GPUsUsed == 0 || s.GPUsUsed > 4 {
		t.Fatalf("%d GPUs used; the two rigs have 4", s.GPUsUsed)
	}
}

func TestDemoRejectsBadOptions(t *testing.T) {
	for _, o := range []Options{
		{Workers: 0, Tasks: 1},
		{Workers: 1, Tasks: 0},
		{Workers: 1, Tasks: 1, Saboteurs: 1},
		{Workers: 1, Tasks: 1, App: "nosuch"},
		{Workers: 1, Tasks: 1, GPUTasks: 1},
		{Workers: 2, Tasks: 1, FakeGPUs: "nosuchgpu"},
	} {
		if _, err := Run(context.Background(), o); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}
