package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/pocogrid/pocogrid/poco"
)

func newPocoCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "poco", Short: "PoCo calculators for pool managers"}
	cmd.AddCommand(newConsensusCmd())
	return cmd
}

// consensusReport is the what-if calculator's output.
type consensusReport struct {
	Trust          uint64            `json:"trust"`
	Reached        bool              `json:"reached"`
	Value          string            `json:"value"`
	GroupWeight    string            `json:"group_weight"`
	Total          string            `json:"total"`
	Credibility    float64           `json:"credibility"`
	Threshold      float64           `json:"threshold"`
	Groups         map[string]string `json:"groups"`
	FreshNeeded    int               `json:"fresh_replicas_needed"`
	Contributions  int               `json:"contributions"`
	ReplicaAdvised bool              `json:"provision_another_replica"`
}

func newConsensusCmd() *cobra.Command {
	var trust uint64
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "consensus --trust T SCORE:RESULT ...",
		Short: "What-if: does this set of contributions reach consensus?",
		Long: "Each argument is one contribution: the worker's score and the result it returned\n" +
			"(any label, e.g. 0x42). Prints whether a result reached consensus, its group weight,\n" +
			"the total weight, and how many more fresh workers (score 0) agreeing with the leading\n" +
			"result would be needed.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rep, err := whatIf(trust, args)
			if err != nil {
				return err
			}
			if asJSON {
				return printJSON(rep)
			}
			fmt.Printf("trust %d (threshold %.6f): reached=%v value=%s group=%s total=%s credibility=%.6f\n",
				rep.Trust, rep.Threshold, rep.Reached, rep.Value, rep.GroupWeight, rep.Total, rep.Credibility)
			fmt.Printf("fresh replicas still needed: %d\n", rep.FreshNeeded)
			return nil
		},
	}
	cmd.Flags().Uint64Var(&trust, "trust", 1, "trust level")
	cmd.Flags().BoolVar(&asJSON, "json", false, "JSON output")
	return cmd
}

func whatIf(trust uint64, args []string) (*consensusReport, error) {
	c := poco.NewConsensus(trust)
	labels := map[[32]byte]string{}
	for _, a := range args {
		scoreS, label, ok := strings.Cut(a, ":")
		if !ok || label == "" {
			return nil, fmt.Errorf("%q: want SCORE:RESULT, e.g. 100:0x42", a)
		}
		score, err := strconv.ParseUint(scoreS, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q: score: %w", a, err)
		}
		h := labelHash(label)
		labels[h] = label
		if _, err := c.Add(h, poco.Weight(score)); err != nil {
			return nil, err
		}
	}
	rep := &consensusReport{Trust: c.Trust(), Groups: map[string]string{}, Contributions: len(args)}
	for h, l := range labels {
		g := c.Group(h)
		rep.Groups[l] = g.Dec()
	}
	lead, g, ok := c.Leader()
	if !ok {
		return nil, errors.New("no contribution")
	}
	total := c.Total()
	rep.Value, rep.GroupWeight, rep.Total = labels[lead], g.Dec(), total.Dec()
	rep.Reached = c.Reached(lead)
	gf, _ := strconv.ParseFloat(rep.GroupWeight, 64)
	tf, _ := strconv.ParseFloat(rep.Total, 64)
	rep.Credibility = gf / tf
	num, den := poco.Threshold(trust)
	rep.Threshold = float64(num) / float64(den)
	// Fresh workers (score 0, w = 2) agreeing with the leader until reached.
	sim := c.Clone()
	for !sim.Reached(lead) && rep.FreshNeeded < 1000 {
		if _, err := sim.Add(lead, poco.Weight(0)); err != nil {
			break
		}
		rep.FreshNeeded++
	}
	rep.ReplicaAdvised = poco.NeedReplica(c, nil)
	return rep, nil
}

// labelHash maps a result label to a 32-byte value: hex labels are taken as
// numbers (0x42 and 0x0042 agree), anything else is hashed.
func labelHash(label string) [32]byte {
	var h [32]byte
	if strings.HasPrefix(label, "0x") || strings.HasPrefix(label, "0X") {
		b := common.FromHex(label)
		if len(b) <= 32 {
			copy(h[32-len(b):], b)
			return h
		}
	}
	return crypto.Keccak256Hash([]byte(label))
}
