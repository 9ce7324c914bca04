package chain

import (
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// GasMeter accounts the gas of every transaction sent through Senders that
// share it: per operation label, per task and per deal. All methods are safe
// for concurrent use and a nil *GasMeter ignores records.
type GasMeter struct {
	mu        sync.Mutex
	ops       map[string]*OpGas
	tasks     map[common.Hash]uint64
	deals     map[common.Hash]uint64
	volumes   map[common.Hash]uint64
	taskDeal  map[common.Hash]common.Hash
	total     uint64
	txs       int
	unlabeled uint64
}

// OpGas sums the gas of one operation.
type OpGas struct {
	Count           int
	Total, Min, Max uint64
}

// Avg is the mean gas per transaction.
func (o OpGas) Avg() uint64 {
	if o.Count == 0 {
		return 0
	}
	return o.Total / uint64(o.Count)
}

// NewGasMeter returns an empty meter.
func NewGasMeter() *GasMeter {
	return &GasMeter{ops: map[string]*OpGas{}, tasks: map[common.Hash]uint64{}, deals: map[common.Hash]uint64{},
		volumes: map[common.Hash]uint64{}, taskDeal: map[common.Hash]common.Hash{}}
}

func (m *GasMeter) record(req TxRequest, gas uint64) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	o := m.ops[req.Label]
	if o == nil {
		o = &OpGas{Min: gas}
		m.ops[req.Label] = o
	}
	o.Count++
	o.Total += gas
	o.Min = min(o.Min, gas)
	o.Max = max(o.Max, gas)
	m.total += gas
	m.txs++
	switch {
	case req.TaskID != (common.Hash{}):
		m.tasks[req.TaskID] += gas
		if req.DealID != (common.Hash{}) {
			m.taskDeal[req.TaskID] = req.DealID
		}
	case req.DealID != (common.Hash{}):
		m.deals[req.DealID] += gas
	default:
		m.unlabeled += gas
	}
}

// AssignDeal moves gas recorded without a task or deal label (matchOrders,
// whose dealid is known only from its receipt) to dealid, and sets its volume.
func (m *GasMeter) AssignDeal(dealid common.Hash, gas, volume uint64) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.unlabeled >= gas {
		m.unlabeled -= gas
	}
	m.deals[dealid] += gas
	m.volumes[dealid] = volume
}

// SetDealVolume tells the meter how many tasks a deal has (matchOrders does it).
func (m *GasMeter) SetDealVolume(dealid common.Hash, volume uint64) {
	if m == nil {
		return
	}
	m.mu.Lock()
	m.volumes[dealid] = volume
	m.mu.Unlock()
}

// Op returns the totals of one operation label (e.g. "contribute").
func (m *GasMeter) Op(label string) OpGas {
	m.mu.Lock()
	defer m.mu.Unlock()
	if o := m.ops[label]; o != nil {
		return *o
	}
	return OpGas{}
}

// Ops returns the labels seen, sorted.
func (m *GasMeter) Ops() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]string, 0, len(m.ops))
	for k := range m.ops {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Task returns the gas of a task's own transactions plus its share of its deal's gas.
func (m *GasMeter) Task(taskid common.Hash) uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	g := m.tasks[taskid]
	if d, ok := m.taskDeal[taskid]; ok && m.volumes[d] > 0 {
		g += m.deals[d] / m.volumes[d]
	}
	return g
}

// PerTask is the lifecycle gas (deal and task transactions) divided by the
// number of tasks: the deals' volumes when known, else the tasks seen.
func (m *GasMeter) PerTask() float64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	var gas, n uint64
	for _, g := range m.deals {
		gas += g
	}
	for _, g := range m.tasks {
		gas += g
	}
	for _, v := range m.volumes {
		n += v
	}
	if n == 0 {
		n = uint64(len(m.tasks))
	}
	if n == 0 {
		return 0
	}
	return float64(gas) / float64(n)
}

// Total is the gas of every recorded transaction, and their number.
func (m *GasMeter) Total() (gas uint64, txs int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.total, m.txs
}
