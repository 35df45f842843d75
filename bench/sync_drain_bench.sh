#!/usr/bin/env bash
# Drain benchmark (docs/performance.md): 10,000 queued records drained to
# camdx-sim over HTTPS on loopback by `camie-kioskctl sync --once`, against a
# baseline of the same batch requests posted by the curl command line (one
# process, one connection, --parallel off). Prints JSON lines.
# Needs openssl, curl, python3 (to unpack the recorded requests) and
# /usr/bin/time (Debian package time: the CPU seconds of each client).
# Usage: bench/sync_drain_bench.sh [BUILD_DIR] [RECORDS]   (default build/release 10000)
# With two cores or more the simulators run on core 0 and the client (the
# kiosk, then curl) on core 1, as a registry on another machine would: the
# simulator does not pay for the kiosk's own work (its receipt checks above
# all). SYNC_DRAIN_PIN=0 shares every core between them.
# SYNC_DRAIN_DB_DIR puts the kiosk's database elsewhere (/dev/shm: off the
# disk the simulators commit to; see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
records=${2:-10000}
ctl="$build/app/camie-kioskctl"
sim="$build/tools/camdx-sim/camdx-sim"
work=$(mktemp -d)
db_dir=$work
[[ -n ${SYNC_DRAIN_DB_DIR:-} ]] && db_dir=$(mktemp -d "$SYNC_DRAIN_DB_DIR/drain-bench.XXXXXX")
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work" "$db_dir"' EXIT

# A throwaway server certificate for 127.0.0.1 (TLS without client certificates:
# the handshake is paid once per connection either way).
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
  -subj "/CN=localhost" -addext "subjectAltName=IP:127.0.0.1" \
  -keyout "$work/server.key" -out "$work/server.pem" 2>/dev/null

server=() client=() pinned=false
if [[ ${SYNC_DRAIN_PIN:-1} != 0 ]] && (( $(nproc) >= 2 )) && command -v taskset >/dev/null; then
  server=(taskset -c 0) client=(taskset -c 1) pinned=true
fi

start_sim() { # $1: state dir, $2: extra args; sets $url
  "${server[@]}" "$sim" --mode tls --cert "$work/server.pem" --key "$work/server.key" --listen 127.0.0.1:0 \
    --state-dir "$1" --quiet $2 >"$1.ready" 2>"$1.log" &
  pids+=($!)
  for _ in $(seq 1 100); do [[ -s "$1.ready" ]] && break; sleep 0.05; done
  url=$(sed -E 's/.*"url":"([^"]+)".*/\1/' "$1.ready")
}
now() { date +%s.%N; }

start_sim "$work/sim1" "--record-requests $work/requests"
cat >"$work/kiosk.conf" <<CONF
[store]
database=$db_dir/kiosk.db
[device]
id=bench-kiosk
[sync]
endpoint=$url
connection=tls
ca_file=$work/server.pem
client=CAMBODIA/COM/ACLEDA/KIOSK
batch_records=100
[trust]
registry_roots=$work/sim1/registry-roots.json
CONF
printf '4809135726\n' | "$ctl" --config "$work/kiosk.conf" init --technician tech1 >/dev/null
"$ctl" --config "$work/kiosk.conf" sync --once --max-wait 5 >/dev/null 2>&1
# The release build has no demo-fill (a test switch): finalise made-up answers
# through the ordinary register command instead. Each its own date of birth
# (same length, so the same bytes to send): with one name and one date for
# all, each finalise looked up every earlier record as a possible duplicate
# of the same person, and the set-up took minutes.
python3 - "$records" >"$work/answers.json" <<'PY'
import datetime, json, sys
n = int(sys.argv[1])
def dob(i):
    return (datetime.date(1950, 1, 1) + datetime.timedelta(days=i % 20000)).isoformat()
print(json.dumps([{"category": "seasonal_worker", "name_km": "សុខ ដារ៉ា", "name_en": "Sok Dara",
                   "sex": "male", "dob": dob(i), "nationality": "KH",
                   "id_type": "national_id", "id_number": f"{100000000 + i:09d}",
                   "phone": "012 345 678", "village_code": "02010101",
                   "occupation": "Rice farmer", "consent": True} for i in range(n)],
                 ensure_ascii=False))
PY
printf '4809135726\n' | "$ctl" --config "$work/kiosk.conf" register --operator tech1 \
  --answers "$work/answers.json" >/dev/null 2>&1
rm -rf "$work/requests"; mkdir -p "$work/requests"

# CPU seconds (user + system) of a command, from /usr/bin/time, into $1.
cpu() { local out=$1; shift; /usr/bin/time -f '%U %S' -o "$out" "$@"; }
cpu_s() { awk '{printf "%.2f", $1 + $2}' "$1"; }

# Each client starts with the disk quiet: what the set-up (or the run before)
# left for the kernel to write back would otherwise land on the first's syncs.
sync
t0=$(now)
summary=$(cpu "$work/kiosk.cpu" "${client[@]}" "$ctl" --config "$work/kiosk.conf" --json sync --once --no-refdata 2>/dev/null)
t1=$(now)
kiosk_s=$(awk "BEGIN{print $t1 - $t0}")
# What a sync run costs with nothing to send (opening the store, the
# retention purge and the WAL checkpoint): paid once a run, not a record.
t0=$(now)
"${client[@]}" "$ctl" --config "$work/kiosk.conf" --json sync --once --no-refdata >/dev/null 2>&1
t1=$(now)
empty_s=$(awk "BEGIN{print $t1 - $t0}")
requests=$(echo "$summary" | sed -E 's/.*"requests":([0-9]+).*/\1/')
bytes=$(echo "$summary" | sed -E 's/.*"bytesSent":([0-9]+).*/\1/')
accepted=$(echo "$summary" | sed -E 's/.*"accepted":([0-9]+).*/\1/')
echo "{\"bench\":\"sync_drain\",\"client\":\"camie-kioskctl\",\"records\":$records,\"accepted\":$accepted,\"seconds\":$kiosk_s,\"requests\":$requests,\"bytes_sent\":$bytes,\"cpu_seconds\":$(cpu_s "$work/kiosk.cpu"),\"empty_run_seconds\":$empty_s,\"goal_seconds\":5}"

# Baseline: the same batch bodies, posted by curl to a second simulator that
# holds the same registry key (so it opens and stores them the same way) and,
# as the first, records every request (so both simulators do the same work).
mkdir -p "$work/sim2" "$work/requests2"
cp "$work"/sim1/registry*.key "$work/sim2/"
start_sim "$work/sim2" "--record-requests $work/requests2"
url2=$url
args=()
for f in "$work"/requests/*-POST-batches.json; do
  python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["body"]))' "$f" >"$f.body"
  args+=(--next -s -o /dev/null --cacert "$work/server.pem" -H "Content-Type: application/json"
         -H "X-Road-Client: CAMBODIA/COM/ACLEDA/KIOSK" -H "X-Road-UserId: KH-device-bench"
         -H "X-Road-Id: bench" -H "Idempotency-Key: bench-$(basename "$f")" --data-binary "@$f.body"
         "$url2/r1/CAMBODIA/GOV/MISTI/IE-REGISTRY/ie-registration/v1/batches")
done
sync
t0=$(now)
cpu "$work/curl.cpu" "${client[@]}" curl "${args[@]:1}"
t1=$(now)
curl_s=$(awk "BEGIN{print $t1 - $t0}")
echo "{\"bench\":\"sync_drain\",\"client\":\"curl\",\"records\":$records,\"seconds\":$curl_s,\"cpu_seconds\":$(cpu_s "$work/curl.cpu"),\"requests\":$(ls "$work"/requests/*-POST-batches.json | wc -l)}"
echo "{\"bench\":\"sync_drain_ratio\",\"kiosk_over_curl\":$(awk "BEGIN{printf \"%.2f\", $kiosk_s / $curl_s}"),\"goal\":1.2,\"pinned\":$pinned,\"kiosk_db_dir\":\"${SYNC_DRAIN_DB_DIR:-the work folder}\"}"
