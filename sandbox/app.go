package sandbox

import (
	"crypto/sha256"
	"errors"
)

// ErrHashMismatch is returned when an App's Module does not hash to its Hash.
// Nothing is compiled or run in that case.
var ErrHashMismatch = errors.New("sandbox: module sha256 does not match app hash")

// App is a WebAssembly command module, identified by its content hash.
type App struct {
	Name   string
	Hash   [32]byte // sha256 of Module
	Module []byte   // must not be modified once handed to an Executor
}

// NewApp returns an App for module with its Hash computed.
func NewApp(name string, module []byte) App {
	return App{Name: name, Hash: sha256.Sum256(module), Module: module}
}
