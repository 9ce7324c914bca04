package sandbox

import (
	"io/fs"

	experimentalsys "github.com/tetratelabs/wazero/experimental/sys"
)

// outFS is the guest's /out: the host directory, minus link creation (the
// host would follow a link out of the mount), with every byte written charged
// to the run's output budget.
type outFS struct {
	experimentalsys.FS
	budget *outputBudget
}

func (o *outFS) OpenFile(path string, flag experimentalsys.Oflag, perm fs.FileMode) (experimentalsys.File, experimentalsys.Errno) {
	f, errno := o.FS.OpenFile(path, flag, perm)
	if errno != 0 {
		return nil, errno
	}
	return &outFile{File: f, budget: o.budget}, 0
}

func (o *outFS) Symlink(string, string) experimentalsys.Errno { return experimentalsys.EPERM }

func (o *outFS) Link(string, string) experimentalsys.Errno { return experimentalsys.EPERM }

type outFile struct {
	experimentalsys.File
	budget *outputBudget
}

func (f *outFile) Write(buf []byte) (int, experimentalsys.Errno) {
	if !f.budget.take(len(buf)) {
		return 0, experimentalsys.EIO // WASI has no ENOSPC here
	}
	return f.File.Write(buf)
}

func (f *outFile) Pwrite(buf []byte, off int64) (int, experimentalsys.Errno) {
	if !f.budget.take(len(buf)) {
		return 0, experimentalsys.EIO // WASI has no ENOSPC here
	}
	return f.File.Pwrite(buf, off)
}
