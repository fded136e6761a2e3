#!/usr/bin/env bash
# The bash completion of antq: commands, options per command (compared with the
# usage line of `antq COMMAND --help`, so the two cannot drift), formats, and
# the unit ids of the file given to `explain`.
# usage: test-completion.sh ANTQ COMPLETION-SCRIPT DATASET
set -u
antq=$1
script=$2
dataset=$3
n=0 fails=0
# shellcheck source=/dev/null
source "$script"

complete_words() { # the words of a command line, the last one being completed
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _antq
    printf '%s\n' "${COMPREPLY[@]}" | sort
}
expect() { # description, expected words (space separated), words...
    local what=$1 want
    want=$(printf '%s\n' $2 | sort)
    shift 2
    n=$((n + 1))
    local got
    got=$(complete_words "$@")
    if [ "$got" = "$want" ]; then echo "ok $n - $what"; else
        echo "not ok $n - $what"; echo "#   expected: $(echo $want)"; echo "#   got:      $(echo $got)"; fails=$((fails + 1)); fi
}

expect "commands" "validate evaluate explain stats criteria report plan festival verify convert template --help --version" antq ""
expect "a command by its prefix" "evaluate explain" antq e
expect "evaluate formats" "text json ndjson csv csv-criteria xlsx" antq evaluate f.json --format ""
expect "report formats" "html" antq report f.json --format ""
expect "explain formats" "text json" antq explain f.json ID --format ""
expect "stats formats" "text json csv" antq stats f.json --format ""
expect "languages" "vi en" antq evaluate f.json --lang ""
expect "detail levels" "verdict failures full" antq evaluate f.json --detail ""
expect "unit kinds" "residential_area commune agency enterprise educational_institution" antq criteria --kind ""
ids=$(grep -o '"id" *: *"[^"]*"' "$dataset" | sed 's/.*"\([^"]*\)"$/\1/' | grep '^P99-KV' | sort -u | tr '\n' ' ')
expect "explain completes the unit ids of the file" "$ids" antq explain "$dataset" P99-KV

# every option of a command's usage line is offered, and nothing else
for cmd in validate evaluate explain stats criteria report plan festival; do
    usage=$("$antq" "$cmd" --help --lang en | sed -n '/^usage:/,/^[A-Z]/p' | grep -oE -- '(--[a-z-]+|-o)\b' | sort -u)
    offered=$(complete_words antq "$cmd" - | grep -vx -- '--help' | grep -vx -- '--' | sort -u)
    n=$((n + 1))
    if [ "$usage" = "$offered" ]; then echo "ok $n - $cmd: the completion offers the options of its usage line"; else
        echo "not ok $n - $cmd: the completion offers the options of its usage line"
        diff <(echo "$usage") <(echo "$offered") | sed 's/^/#   /'; fails=$((fails + 1)); fi
done
echo "1..$n"
[ "$fails" -eq 0 ]
