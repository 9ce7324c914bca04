package node

import (
	"errors"

	"github.com/pocogrid/pocogrid/actors"
	"github.com/pocogrid/pocogrid/cluster"
	"github.com/pocogrid/pocogrid/result"
)

// stores are the scheduler's durable journal and result store.
type stores struct {
	journal actors.Journal
	results result.Store
	closers []func() error
}

func (s *stores) close() {
	for _, c := range s.closers {
		_ = c()
	}
}

// openStores is replaced by the bbolt journal and the disk result store.
func openStores(dataDir string) (*stores, error) {
	return &stores{journal: actors.NewMemJournal(), results: result.NewMemStore()}, nil
}

func serveAPI(cfg Config, pool *actors.Pool, mem *cluster.Membership, st *stores) (string, func(), error) {
	return "", nil, errors.New("the HTTP API is not wired yet")
}
