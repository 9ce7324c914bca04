package gpu

import (
	"errors"
	"strings"
	"testing"
)

// realH100s is what NVML reports on a real 8×H100 box: 81559 MiB, a little
// under 80 GiB.
func realH100s() []Info {
	var infos []Info
	for i := range 8 {
		infos = append(infos, Info{
			Index: i, UUID: fakeUUID("GPU", "real", i, -1), Name: "NVIDIA H100 80GB HBM3",
			MemoryTotal: 81559 << 20, ComputeCapability: "9.0", Healthy: true,
		})
	}
	return infos
}

func TestExplain(t *testing.T) {
	const h100 = "node has 8× NVIDIA H100 80GB HBM3 (80 GiB, cc 9.0)"
	tests := []struct {
		name  string
		infos []Info
		setup func(t *testing.T, a *Allocator)
		r     Request
		want  string
	}{
		{
			name:  "real H100 is under 80 GiB",
			infos: realH100s(),
			r:     Request{Count: 2, MinMemory: 80 << 30},
			want:  "needs 2 GPUs with ≥80 GiB; node has 8× NVIDIA H100 80GB HBM3 (79.6 GiB, cc 9.0); none has ≥80 GiB",
		},
		{
			name: "satisfiable", infos: fleet(t, "dgxh100"),
			r: Request{Count: 8, MinMemory: 80 << 30, Model: "H100", MinCompute: "9.0"}, want: "",
		},
		{
			name: "too many", infos: fleet(t, "dgxh100"),
			r:    Request{Count: 9},
			want: "needs 9 GPUs; node has only 8× NVIDIA H100 80GB HBM3 (80 GiB, cc 9.0)",
		},
		{
			name: "model", infos: fleet(t, "dgxh100"),
			r:    Request{Count: 1, Model: "A100"},
			want: `needs 1 GPU named like "A100"; ` + h100 + `; none matches the name "A100"`,
		},
		{
			name: "compute", infos: fleet(t, "dgxh100,T4"),
			r:    Request{Count: 2, MinCompute: "10.0"},
			want: "needs 2 GPUs with compute ≥10.0; node has 8× NVIDIA H100 80GB HBM3 (80 GiB, cc 9.0), 1× Tesla T4 (15 GiB, cc 7.5); none has compute capability ≥10.0",
		},
		{
			name: "some have the memory", infos: fleet(t, "H100,3xA30"),
			r:    Request{Count: 2, MinMemory: 32 << 30},
			want: "needs 2 GPUs with ≥32 GiB; node has 1× NVIDIA H100 80GB HBM3 (80 GiB, cc 9.0), 3× NVIDIA A30-PCIE-24GB (24 GiB, cc 8.0); only 1 has ≥32 GiB",
		},
		{
			name: "busy", infos: fleet(t, "dgxh100"),
			setup: func(t *testing.T, a *Allocator) { mustAllocate(t, a, "r", Request{Count: 7}) },
			r:     Request{Count: 2},
			want:  "needs 2 GPUs; " + h100 + "; 8 match but only 1 is free (7 allocated)",
		},
		{
			name: "unhealthy", infos: fleet(t, "2xH100"),
			setup: func(t *testing.T, a *Allocator) { a.MarkUnhealthy(a.Infos()[0].UUID, DescribeXID(79)) },
			r:     Request{Count: 2},
			want:  "needs 2 GPUs; node has 2× NVIDIA H100 80GB HBM3 (80 GiB, cc 9.0); 2 match but only 1 is healthy (GPU 0: XID 79 (GPU has fallen off the bus))",
		},
		{
			name: "no GPUs", r: Request{Count: 1, MinMemory: 8 << 30},
			want: "needs 1 GPU with ≥8 GiB; node has no GPUs",
		},
		{
			name: "MIG wanted, none in MIG mode", infos: fleet(t, "2xA30"),
			r:    Request{Count: 1, MIG: true},
			want: "needs 1 MIG device; node has no MIG devices (2× NVIDIA A30-PCIE-24GB (24 GiB, cc 8.0), none in MIG mode)",
		},
		{
			name: "whole GPU wanted, all in MIG mode", infos: fleet(t, "2xA30:mig"),
			r:    Request{Count: 1},
			want: "needs 1 GPU; node has 2× NVIDIA A30-PCIE-24GB (24 GiB, cc 8.0); 2 in MIG mode (ask for MIG devices instead)",
		},
		{
			name: "MIG too small", infos: fleet(t, "A30:mig"),
			r:    Request{Count: 1, MIG: true, MinMemory: 10 << 30},
			want: "needs 1 MIG device with ≥10 GiB; node has 4× MIG 1g.6gb (5.7 GiB) on NVIDIA A30-PCIE-24GB (cc 8.0); none has ≥10 GiB",
		},
		{
			name: "invalid", infos: fleet(t, "A30"),
			r:    Request{Count: 0},
			want: "gpu: invalid request: count 0 must be 1..1024",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := NewAllocator(tt.infos)
			if tt.setup != nil {
				tt.setup(t, a)
			}
			if got := a.Explain(tt.r); got != tt.want {
				t.Errorf("Explain\n got %q\nwant %q", got, tt.want)
			}
			// Allocate fails with the same explanation.
			_, err := a.Allocate("probe", tt.r)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Allocate: %v", err)
			case tt.want != "" && (err == nil || !strings.HasSuffix(err.Error(), tt.want)):
				t.Errorf("Allocate err %v, want it to end with the explanation", err)
			}
		})
	}
}

func TestExplainBusyIsNoCapacity(t *testing.T) {
	a := NewAllocator(fleet(t, "2xA30"))
	mustAllocate(t, a, "r", Request{Count: 2})
	if _, err := a.Allocate("s", Request{Count: 1}); !errors.Is(err, ErrNoCapacity) {
		t.Errorf("all allocated: %v, want ErrNoCapacity", err)
	}
	a.MarkUnhealthy(a.Infos()[0].UUID, "XID 79")
	if _, err := a.Allocate("s", Request{Count: 2}); !errors.Is(err, ErrNoMatch) {
		t.Errorf("one unhealthy, need 2: %v, want ErrNoMatch (it will never fit)", err)
	}
}

func TestFormatGiB(t *testing.T) {
	for b, want := range map[uint64]string{80 << 30: "80 GiB", 81559 << 20: "79.6 GiB", 0: "0 GiB", 5836 << 20: "5.7 GiB"} {
		if got := FormatGiB(b); got != want {
			t.Errorf("FormatGiB(%d) = %q, want %q", b, got, want)
		}
	}
}
