package gpu

import (
	"errors"
	"strings"
	"testing"
)

func TestParseFakeSpec(t *testing.T) {
	tests := []struct {
		spec    string
		count   int
		first   string
		mig     bool
		wantErr string
	}{
		{spec: "dgxa100", count: 8, first: "NVIDIA A100-SXM4-40GB"},
		{spec: "dgxh100", count: 8, first: "NVIDIA H100 80GB HBM3"},
		{spec: "dgxh200", count: 8, first: "NVIDIA H200 141GB HBM3e"},
		{spec: "dgxb200", count: 8, first: "NVIDIA B200 180GB HBM3e"},
		{spec: "DGXH100:mig", count: 8, first: "NVIDIA H100 80GB HBM3", mig: true},
		{spec: "2xA30", count: 2, first: "NVIDIA A30-PCIE-24GB"},
		{spec: "4xH100", count: 4, first: "NVIDIA H100 80GB HBM3"},
		{spec: "4x h100", count: 4, first: "NVIDIA H100 80GB HBM3"},
		{spec: "A100-80GB", count: 1, first: "NVIDIA A100-SXM4-80GB"},
		{spec: "2xRTX4090,1xT4", count: 3, first: "NVIDIA GeForce RTX 4090"},
		{spec: "rtx-3090@rig-1", count: 1, first: "NVIDIA GeForce RTX 3090"},
		{spec: "none", count: 0},
		{spec: "none@x", count: 0},
		{spec: "", wantErr: "empty"},
		{spec: "dgxz100", wantErr: "unknown model"},
		{spec: "3xV100", wantErr: "unknown model"},
		{spec: "0xH100", wantErr: "count"},
		{spec: "65xH100", wantErr: "count"},
		{spec: "99999999999999999999xH100", wantErr: "count"},
		{spec: "2xA30,", wantErr: "empty item"},
		{spec: "RTX4090:mig", wantErr: "does not support MIG"},
		{spec: "H100:foo", wantErr: "unknown option"},
		{spec: "H100@", wantErr: "salt"},
		{spec: "64xH100,64xH100,64xH100,64xH100,1xT4", wantErr: "more than 256"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			fs, err := ParseFakeSpec(tt.spec)
			if tt.wantErr != "" {
				if !errors.Is(err, ErrBadFakeSpec) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want ErrBadFakeSpec mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(fs.GPUs) != tt.count {
				t.Fatalf("%d GPUs, want %d", len(fs.GPUs), tt.count)
			}
			if tt.count > 0 && (fs.GPUs[0].Name != tt.first || fs.GPUs[0].MIG != tt.mig) {
				t.Errorf("first GPU %+v, want %q mig=%v", fs.GPUs[0], tt.first, tt.mig)
			}
		})
	}
}

func TestParseFakeSpecUnknownListsModels(t *testing.T) {
	_, err := ParseFakeSpec("2xK80")
	for _, want := range []string{"dgxh100", "A30", "RTX4090"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v should list %s", err, want)
		}
	}
}

func FuzzParseFakeSpec(f *testing.F) {
	for _, s := range []string{"dgxh100", "2xA30:mig", "4xH100,2xRTX4090@n", "none", "x", "1x", ":mig"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spec string) {
		fs, err := ParseFakeSpec(spec)
		if err != nil {
			if !errors.Is(err, ErrBadFakeSpec) {
				t.Fatalf("error %v does not wrap ErrBadFakeSpec", err)
			}
			return
		}
		if len(fs.GPUs) > maxFakeTotal {
			t.Fatalf("%d GPUs", len(fs.GPUs))
		}
		again, err := ParseFakeSpec(fs.Canonical)
		if err != nil || len(again.GPUs) != len(fs.GPUs) || again.Canonical != fs.Canonical {
			t.Fatalf("canonical form %q does not reparse to the same fleet: %v", fs.Canonical, err)
		}
	})
}
