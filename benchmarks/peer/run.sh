#!/usr/bin/env bash
# Peer benchmark: trivial-job throughput of Slurm at its best (tuned single
# node, /work/shared/docs/SLURM.md variant C) against pocogrid's trivial-task
# throughput, on this machine, in one run.
#
# Usage (as root):  benchmarks/peer/run.sh [--slurm-only] [N]
#   N              jobs/tasks per system (default 500, or $N)
#   --slurm-only   skip pocogrid (pocogrid_tasks_per_s and ratio are null)
# Environment:
#   SLURM_METHOD   array (default: one `sbatch --array=1-N --wrap=true`, the
#                  fastest path in SLURM.md) or loop (N x `sbatch --wrap=true`)
#   CTLD_PORT, SLURMD_PORT   Slurm ports (default 6817, 6818)
#   DRAIN_TIMEOUT  seconds to wait for the queue to drain (default 600)
#   KEEP_WORK=1    keep the temporary directory (configs, logs) for debugging
#   POCOGRID_ALLOW_FAILED=1  report even if not all pocogrid tasks completed
#
# Prints one JSON line on stdout:
#   {"slurm_jobs_per_s":..,"pocogrid_tasks_per_s":..,"ratio":..,"n":..,"machine":"..",...}
# ratio = pocogrid_tasks_per_s / slurm_jobs_per_s. Progress goes to stderr.
#
# Installs slurm-wlm and munge from Debian if missing. Starts its own munged,
# slurmctld and slurmd with all state in a temporary directory (nothing in
# /etc/slurm, /etc/munge, /run or /var/lib is used), and on exit stops them by
# PID and removes that directory. A run killed with SIGKILL leaves its PIDs
# in $REGISTRY; the next run stops those daemons (after checking their
# command lines) before starting.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
REGISTRY=/tmp/pocogrid-peer.pids
LOCK=/tmp/pocogrid-peer.lock
POLL=0.2 # squeue poll interval, as in SLURM.md

log() { echo "run.sh: $*" >&2; }
die() {
	echo "run.sh: FAILED: $*" >&2
	exit 1
}
now() { date +%s.%N; }

N=${N:-500}
SLURM_ONLY=0
for a in "$@"; do
	case $a in
	--slurm-only) SLURM_ONLY=1 ;;
	-h | --help)
		sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
		exit 0
		;;
	*[!0-9]* | '') die "unknown argument: $a (see --help)" ;;
	*) N=$a ;;
	esac
done
if ! [[ $N =~ ^[0-9]+$ ]] || ((N < 1 || N > 100000)); then die "N must be 1..100000, got '$N'"; fi
METHOD=${SLURM_METHOD:-array}
[[ $METHOD == array || $METHOD == loop ]] || die "SLURM_METHOD must be array or loop"
CTLD_PORT=${CTLD_PORT:-6817}
SLURMD_PORT=${SLURMD_PORT:-6818}
DRAIN_TIMEOUT=${DRAIN_TIMEOUT:-600}

[ "$(id -u)" = 0 ] || die "run as root (it installs packages and starts munged/slurmctld/slurmd)"
exec 9>"$LOCK" # daemons are started with 9>&- so they never hold the lock
flock -n 9 || die "another run.sh holds $LOCK"

# ---- stop what a killed earlier run left behind ---------------------------
# Registry lines: NAME PID WORKDIR. A PID is only killed if it still runs a
# process of that name whose command line names that run's WORKDIR.
stop_pid() { # name pid: TERM, wait up to 10 s, then KILL
	local p=$2 i
	kill "$p" 2>/dev/null || return 0
	for i in $(seq 50); do
		kill -0 "$p" 2>/dev/null || return 0
		[ "$(cut -d' ' -f3 /proc/"$p"/stat 2>/dev/null)" = Z ] && return 0
		sleep 0.2
	done
	log "$1 ($p) ignored SIGTERM; sending SIGKILL"
	kill -9 "$p" 2>/dev/null || true
}
ours() { # name pid workdir
	[ "$(cat /proc/"$2"/comm 2>/dev/null)" = "$1" ] &&
		tr '\0' ' ' <"/proc/$2/cmdline" 2>/dev/null | grep -qF -- "$3/"
}
if [ -s "$REGISTRY" ]; then
	while read -r name pid dir; do
		if ours "$name" "$pid" "$dir"; then
			log "stopping $name ($pid) left by an earlier run"
			stop_pid "$name" "$pid"
		fi
		case $dir in /tmp/pocogrid-peer.?*) rm -rf -- "$dir" ;; esac
	done < <(tac "$REGISTRY") # newest first: slurmd, slurmctld, munged
	rm -f "$REGISTRY"
fi

WORK=$(mktemp -d /tmp/pocogrid-peer.XXXXXX)
chmod 755 "$WORK" # the slurm and munge users must reach their directories
STARTED=()        # "name pid", in start order
export SLURM_CONF=$WORK/slurm.conf

cleanup() {
	local rc=$? i name pid
	trap - EXIT INT TERM
	if [ -n "$(pidof_started slurmctld)" ]; then
		# Cancel whatever is left in our cluster so no job step outlives it.
		scancel --quiet --user=root 2>/dev/null || true
		for i in $(seq 50); do
			[ -z "$(squeue -h -o %i 2>/dev/null | head -1)" ] && break
			sleep 0.2
		done
	fi
	for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do # reverse start order
		read -r name pid <<<"${STARTED[i]}"
		stop_pid "$name" "$pid"
	done
	if [ "${KEEP_WORK:-0}" = 1 ]; then
		log "kept $WORK"
	else
		rm -rf -- "$WORK"
	fi
	rm -f "$REGISTRY"
	((${#STARTED[@]} == 0)) || log "stopped ${STARTED[*]}"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pidof_started() {
	local e
	for e in "${STARTED[@]+"${STARTED[@]}"}"; do
		[ "${e%% *}" = "$1" ] && echo "${e#* }"
	done
	return 0
}
started() { # name pidfile: record a daemon that wrote its pid file
	local i
	for i in $(seq 100); do
		[ -s "$2" ] && break
		sleep 0.1
	done
	[ -s "$2" ] || die "$1 did not write $2; log: $(tail -n 5 "$WORK/log/$1.log" 2>/dev/null)"
	local pid
	pid=$(cat "$2")
	STARTED+=("$1 $pid")
	echo "$1 $pid $WORK" >>"$REGISTRY"
	log "started $1 (pid $pid)"
}

# ---- pocogrid ----------------------------------------------------------------
# Measured first, on a quiet machine, so a broken CLI fails the run early.
POCO_RATE=null
if [ "$SLURM_ONLY" = 0 ]; then
	command -v go >/dev/null || die "go is not installed (needed for ./cmd/pocogrid)"
	log "building ./cmd/pocogrid"
	(cd "$ROOT" && go build -o "$WORK/pocogrid" ./cmd/pocogrid) ||
		die "go build ./cmd/pocogrid failed"
	log "pocogrid demo --workers 2 --tasks $N --trust 1 --chain none --app noop --json"
	set +e
	POCO_OUT=$(cd "$ROOT" && "$WORK/pocogrid" demo --workers 2 --tasks "$N" --trust 1 --chain none --app noop --json 9>&-)
	rc=$?
	set -e
	((rc == 0)) || die "pocogrid demo exited with status $rc; stdout: ${POCO_OUT:0:500}"
	# The JSON object may be the whole output (pretty-printed) or one of its
	# lines. Take tasks_per_second, and completed when the demo reports it.
	if command -v python3 >/dev/null; then
		read -r POCO_RATE POCO_DONE < <(python3 -c '
import json, sys
text = sys.stdin.read()
for c in [text] + text.splitlines()[::-1]:
    try:
        o = json.loads(c)
        v = o["tasks_per_second"]
    except Exception:
        continue
    if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0:
        d = o.get("completed")
        print(v, d if isinstance(d, int) else "-")
        break
' <<<"$POCO_OUT") || true
	elif command -v jq >/dev/null; then
		read -r POCO_RATE POCO_DONE < <(jq -rs 'map(select(type == "object" and (.tasks_per_second | type) == "number" and .tasks_per_second > 0)) | last | select(.) | "\(.tasks_per_second) \(.completed // "-")"' <<<"$POCO_OUT" 2>/dev/null) || true
	else
		die "need python3 or jq to read pocogrid's JSON"
	fi
	[ -n "${POCO_RATE:-}" ] || die "no positive tasks_per_second in pocogrid's output: ${POCO_OUT:0:500}"
	# Like the Slurm half, which checks that every job exited 0, every task
	# must complete, or the rates are not comparable.
	if [ "${POCO_DONE:--}" != - ] && [ "$POCO_DONE" != "$N" ]; then
		if [ "${POCOGRID_ALLOW_FAILED:-0}" = 1 ]; then
			log "WARNING: only $POCO_DONE of $N pocogrid tasks completed (POCOGRID_ALLOW_FAILED=1)"
		else
			die "only $POCO_DONE of $N pocogrid tasks completed (set POCOGRID_ALLOW_FAILED=1 to report anyway)"
		fi
	fi
	log "pocogrid: $POCO_RATE tasks/s"
fi

# ---- install ---------------------------------------------------------------
need_install=0
for c in munged mungekey slurmctld slurmd sbatch squeue sinfo scancel; do
	command -v "$c" >/dev/null || need_install=1
done
if [ "$need_install" = 1 ]; then
	log "installing slurm-wlm and munge from Debian"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2 || die "apt-get update failed"
	apt-get install -y -qq slurm-wlm munge >&2 || die "apt-get install slurm-wlm munge failed"
fi
getent passwd slurm >/dev/null || die "user slurm missing (slurm-wlm should create it)"
getent passwd munge >/dev/null || die "user munge missing (munge should create it)"

port_busy() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }
for p in "$CTLD_PORT" "$SLURMD_PORT"; do
	! port_busy "$p" || die "TCP port $p is in use (another Slurm?); set CTLD_PORT/SLURMD_PORT"
done

# ---- munged (private key, socket, pid and log in $WORK/munge) ----------------
M=$WORK/munge
install -d -o munge -g munge -m 0755 "$M"
runuser -u munge -- mungekey --create --keyfile="$M/munge.key" >/dev/null 2>&1 ||
	die "mungekey failed"
runuser -u munge -- munged --socket="$M/munge.socket" --key-file="$M/munge.key" \
	--pid-file="$M/munged.pid" --log-file="$M/munged.log" --seed-file="$M/munged.seed" 9>&- ||
	die "munged failed: $(tail -n 5 "$M/munged.log" 2>/dev/null)"
started munged "$M/munged.pid"
munge -n --socket="$M/munge.socket" | unmunge --socket="$M/munge.socket" | grep -q 'STATUS: *Success (0)' ||
	die "munge round trip failed"

# ---- slurm.conf from the template ------------------------------------------------
H=$(hostname -s)
HW=$(env -u SLURM_CONF slurmd -C | head -1) # NodeName=vm CPUs=2 Boards=1 SocketsPerBoard=1 ...
hw() {
	local v
	v=$(grep -oE "(^| )$1=[0-9]+" <<<"$HW" | cut -d= -f2)
	[ -n "$v" ] || die "slurmd -C printed no $1: $HW"
	echo "$v"
}
CPUS=$(hw CPUs) SOCKETS=$(hw SocketsPerBoard) CORES=$(hw CoresPerSocket)
THREADS=$(hw ThreadsPerCore) MEMORY=$(hw RealMemory)
sed -e "s|@HOST@|$H|g" -e "s|@WORK@|$WORK|g" -e "s|@MUNGE_SOCKET@|$M/munge.socket|g" \
	-e "s|@CTLD_PORT@|$CTLD_PORT|g" -e "s|@SLURMD_PORT@|$SLURMD_PORT|g" \
	-e "s|@CPUS@|$CPUS|g" -e "s|@SOCKETS@|$SOCKETS|g" -e "s|@CORES@|$CORES|g" \
	-e "s|@THREADS@|$THREADS|g" -e "s|@MEMORY@|$MEMORY|g" \
	"$HERE/slurm.conf.in" >"$SLURM_CONF"
! grep -q '@[A-Z_]*@' "$SLURM_CONF" || die "unfilled template values in $SLURM_CONF"
install -d -o slurm -g slurm "$WORK/state" "$WORK/log" "$WORK/run"
install -d "$WORK/spool"

# ---- slurmctld, slurmd ----------------------------------------------------------
slurmctld -f "$SLURM_CONF" 9>&- || die "slurmctld failed: $(tail -n 5 "$WORK/log/slurmctld.log" 2>/dev/null)"
started slurmctld "$WORK/run/slurmctld.pid"
slurmd -f "$SLURM_CONF" 9>&- || die "slurmd failed: $(tail -n 5 "$WORK/log/slurmd.log" 2>/dev/null)"
started slurmd "$WORK/run/slurmd.pid"
for i in $(seq 60); do
	[ "$(sinfo -h -o %T 2>/dev/null)" = idle ] && break
	sleep 0.5
done
[ "$(sinfo -h -o %T 2>/dev/null)" = idle ] ||
	die "node not idle after 30 s: $(sinfo 2>&1 | tail -n 2); slurmctld log: $(tail -n 5 "$WORK/log/slurmctld.log")"
SLURM_VERSION=$(sinfo --version | awk '{print $2}')
log "slurm $SLURM_VERSION up: $(scontrol show config | grep -o 'SchedulerParameters *= *[^ ]*'), $(scontrol show partition | grep -o 'OverSubscribe=[^ ]*')"

# ---- Slurm measurement --------------------------------------------------------
wait_empty() { # until squeue is empty (PD, R and CG all gone), at most DRAIN_TIMEOUT s
	local deadline
	deadline=$(awk -v t="$(now)" -v d="$DRAIN_TIMEOUT" 'BEGIN{printf "%d", t+d}')
	while [ -n "$(squeue -h -o %i | head -1)" ]; do
		(($(date +%s) < deadline)) || die "Slurm queue did not drain within ${DRAIN_TIMEOUT}s: $(squeue -h | wc -l) jobs left"
		sleep "$POLL"
	done
}
cd "$WORK" # sbatch's default output files, if any, land here
sleep 2
LOAD1=$(cut -d' ' -f1 /proc/loadavg) # reported: other load skews the numbers
log "slurm: $N trivial jobs ($METHOD), load average $LOAD1"
T0=$(now)
if [ "$METHOD" = array ]; then
	sbatch -Q -o /dev/null --array=1-"$N" --wrap=true >/dev/null || die "sbatch --array failed"
else
	for i in $(seq "$N"); do
		sbatch -Q -o /dev/null --wrap=true >/dev/null || die "sbatch $i of $N failed"
	done
fi
wait_empty
T1=$(now)
# Every job must have run and exited 0 (slurmctld logs each completion at info).
OK=$(grep -c '_job_complete: .* WEXITSTATUS 0' "$WORK/log/slurmctld.log" || true)
((OK == N)) || die "$OK of $N Slurm jobs completed with exit status 0 (see $WORK/log/slurmctld.log)"
SLURM_SECONDS=$(awk -v a="$T0" -v b="$T1" 'BEGIN{printf "%.3f", b-a}')
SLURM_RATE=$(awk -v n="$N" -v s="$SLURM_SECONDS" 'BEGIN{printf "%.2f", n/s}')
log "slurm: $N jobs in ${SLURM_SECONDS}s = $SLURM_RATE jobs/s"

# ---- report -----------------------------------------------------------------------
RATIO=null
[ "$POCO_RATE" = null ] || RATIO=$(awk -v p="$POCO_RATE" -v s="$SLURM_RATE" 'BEGIN{printf "%.2f", p/s}')
CPU=$(awk -F': *' '/^model name/{print $2; exit}' /proc/cpuinfo)
MEM=$(awk '/^MemTotal/{printf "%.0f", $2/1048576}' /proc/meminfo)
# shellcheck source=/dev/null
OS=$(. /etc/os-release && echo "$PRETTY_NAME")
MACHINE="$(nproc) CPU ${CPU:-unknown}, ${MEM} GiB, $OS, kernel $(uname -r), slurm $SLURM_VERSION"
MACHINE=${MACHINE//\\/\\\\}
MACHINE=${MACHINE//\"/\\\"}
printf '{"slurm_jobs_per_s":%s,"pocogrid_tasks_per_s":%s,"ratio":%s,"n":%d,"machine":"%s","slurm_method":"%s","slurm_seconds":%s,"load1_before_slurm":%s}\n' \
	"$SLURM_RATE" "$POCO_RATE" "$RATIO" "$N" "$MACHINE" "$METHOD" "$SLURM_SECONDS" "$LOAD1"
