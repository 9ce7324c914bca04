package api

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

var (
	descTasks = prometheus.NewDesc("pocogrid_pool_tasks", "Tasks by state (certified tasks are completed).", []string{"state"}, nil)
	descWork  = prometheus.NewDesc("pocogrid_pool_workers", "Workers registered with the scheduler.", nil, nil)
	descQueue = prometheus.NewDesc("pocogrid_pool_queued", "Tasks waiting for a replica.", nil, nil)
	descRepl  = prometheus.NewDesc("pocogrid_pool_replicas", "Replicas running.", nil, nil)
	descUp    = prometheus.NewDesc("pocogrid_pool_up", "1 if the pool answered the scrape's status request.", nil, nil)
	descNodes = prometheus.NewDesc("pocogrid_cluster_nodes", "Live cluster members by state.", []string{"state"}, nil)
)

// poolCollector asks the backend at scrape time, so the gauges are never
// stale and cost nothing between scrapes.
type poolCollector struct{ s *Server }

func (c *poolCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descTasks, descWork, descQueue, descRepl, descUp, descNodes} {
		ch <- d
	}
}

func (c *poolCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), min(c.s.o.Timeout, 5*time.Second))
	defer cancel()
	st, err := c.s.b.Status(ctx, false)
	if err != nil {
		ch <- prometheus.MustNewConstMetric(descUp, prometheus.GaugeValue, 0)
	} else {
		ch <- prometheus.MustNewConstMetric(descUp, prometheus.GaugeValue, 1)
		for state, n := range StatusOf(st).Counts {
			ch <- prometheus.MustNewConstMetric(descTasks, prometheus.GaugeValue, float64(n), state)
		}
		ch <- prometheus.MustNewConstMetric(descWork, prometheus.GaugeValue, float64(st.GetWorkers()))
		ch <- prometheus.MustNewConstMetric(descQueue, prometheus.GaugeValue, float64(st.GetQueued()))
		ch <- prometheus.MustNewConstMetric(descRepl, prometheus.GaugeValue, float64(st.GetReplicas()))
	}
	if ns, err := c.s.b.Nodes(ctx); err == nil {
		by := map[string]int{}
		for _, n := range ns {
			by[NodeOf(n).State]++
		}
		for state, n := range by {
			ch <- prometheus.MustNewConstMetric(descNodes, prometheus.GaugeValue, float64(n), state)
		}
	}
}
