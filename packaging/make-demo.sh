#!/usr/bin/env bash
# Makes the demo workspace: the demo guides (resources/demo) at every stage of a
# guide's life, made with the `almanac` command as three people would, so that
# History, Changes, Problems and Export have something to show on first start:
#   crispr-gene-editing  live as v2, with v1 before it and a newer draft
#   webassembly          v1 sent back by the reviewer with a note and comments,
#                        one on words of a section, answered by the editor
#   euro-introduction    v1 in review with a comment; the draft has since taken
#                        sources from a Zotero export that nothing cites yet
#                        (lint warnings)
# Usage: packaging/make-demo.sh ALMANAC WORKSPACE   (WORKSPACE must not exist)
set -euo pipefail
almanac=$1
workspace=$2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -e "$workspace" ]; then
  echo "make-demo: $workspace exists; not touched" >&2
  exit 2
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

editor="Ana Lindqvist"
reviewer="Bruno Costa"
publisher="Chen Wei"
# run ARGS...: one almanac command; what it says (publishing's warnings about
# related guides that are not live, the import's report) is shown only if it fails.
run() {
  if ! "$almanac" -w "$workspace" "$@" >/dev/null 2>"$scratch/said"; then
    echo "make-demo: almanac $*:" >&2
    cat "$scratch/said" >&2
    exit 1
  fi
}
# edit SLUG SED-SCRIPT: the editor changes the draft (export, edit, import back).
edit() {
  run export "$1" -o "$scratch/$1.json"
  sed -i -e "$2" "$scratch/$1.json"
  run import "$scratch/$1.json"
}
# comment SLUG vN PART TEXT: a reviewer's comment on a part of a version.
comment() {
  run comment "$1" "$2" --on "$3" -m "$4" --author "$reviewer"
}

"$almanac" init "$workspace" >/dev/null
run import "$root"/resources/demo/*.json

guide=crispr-gene-editing
run snapshot $guide -m "First complete draft" --author "$editor"
run review $guide v1 --submit --author "$editor"
run review $guide v1 --approve -m "Reads well; every claim has its source." --author "$reviewer"
run publish $guide v1 --yes --author "$publisher"
edit $guide 's/"tldr": "CRISPR is a family of tools/"tldr": "CRISPR is a widely used family of tools/'
run snapshot $guide -m "TL;DR: says how widely it is used" --author "$editor"
run review $guide v2 --submit --author "$editor"
comment $guide v2 metadata "Good change. Could the TL;DR also say when it was discovered?"
run review $guide v2 --approve --author "$reviewer"
run publish $guide v2 --yes --author "$publisher"
edit $guide 's/"heading": "A defence system borrowed from bacteria"/"heading": "How bacteria defend themselves"/'

guide=webassembly
run snapshot $guide -m "Ready for review" --author "$editor"
run review $guide v1 --submit --author "$editor"
run comment $guide v1 --on "sections[0]" --quote "execution close to native machine code" \
  -m "\"Close to native\" needs a benchmark and a source here." --author "$reviewer"
first=$("$almanac" -w "$workspace" comments $guide | cut -f1 | head -n 1)
run comment $guide --reply "$first" -m "The 2017 PLDI paper measured it; I will cite it." --author "$editor"
comment $guide v1 "takeaways[1]" "This takeaway repeats the TL;DR almost word for word."
run review $guide v1 --request-changes -m "Please source the speed claim and tighten the takeaways; see my comments." \
  --author "$reviewer"

guide=euro-introduction
run snapshot $guide -m "First complete draft" --author "$editor"
run review $guide v1 --submit --author "$editor"
comment $guide v1 "timeline[0]" "Is 1 January 1999 the right date for this entry, or the day the rates were fixed?"
run import "$root/resources/demo/stages/euro-zotero-sources.json" --into $guide
