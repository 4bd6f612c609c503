# Sourced by bench/write/pg-ab.sh and bench/write/sqlite-ab.sh (from the repository root): the
# alternating rounds both run and their summary.
#   ab_rounds NAME SHORT FILE → ROUNDS (8) × (baseline A, service A, baseline B, service B), each
#                               round printed (NAME heads the baseline's columns, SHORT the ratios')
#                               and appended to FILE, then the sums' ratios with their intervals
#                               (ab_summary.py). The caller defines `baseline SIDE` and
#                               `service SIDE`, each printing one rate.
ab_rounds() {
  local name=$1 short=$2 file=$3 round p1 a p2 b
  calc() { python3 -c "print(round($1, 3))"; }
  printf '%-6s %9s %9s %7s %9s %9s %7s\n' round "$name" A "A/$short" "$name" B "B/$short"
  for round in $(seq 1 "${ROUNDS:-8}"); do
    p1=$(baseline A); a=$(service A); p2=$(baseline B); b=$(service B)
    printf '%-6s %9.1f %9.1f %7s %9.1f %9.1f %7s\n' "$round" "$p1" "$a" "$(calc "$a/$p1")" "$p2" "$b" "$(calc "$b/$p2")"
    echo "$p1 $a $p2 $b" >>"$file"
  done
  python3 bench/write/ab_summary.py "$file" 10000 "$name"
}
