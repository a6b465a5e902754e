#!/usr/bin/env bash
# The monitor's day by hand, under a virtual X server: a demo vault, the desktop application in
# Russian and then Kazakh, driven only by xdotool (clicks at screen positions, keys, Cyrillic typed
# as a keyboard would), with a screenshot after every step for a person to look at.
#
#   scripts/monitors_day_xvfb.sh                 # ru and kk, screenshots in /tmp/fielddoc-shots/<lang>/
#   SHOTS=/some/folder LANGS="ru" scripts/monitors_day_xvfb.sh
#
# Needs: Xvfb, xdotool, ImageMagick's `import` (apt-get install xvfb xdotool imagemagick) and the
# Qt xcb libraries that scripts/setup.sh installs. The vault is the published demo (throwaway
# passphrase); everything but the screenshots lives in a temporary folder removed at the end.
# Positions are for a 1366x768 screen and the window filling it; per language where text widths
# move a button. This is a manual check, not a test: look at every picture.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHOTS=${SHOTS:-${TMPDIR:-/tmp}/fielddoc-shots}
LANGS=${LANGS:-ru kk}
FIELDDOC=${FIELDDOC:-$ROOT/.venv/bin/fielddoc}
PASSPHRASE="demo vault only - not for real data"  # published with `fielddoc demo`
DELAY=${DELAY:-1}

for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done

display=""
for n in $(seq 90 199); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "no free X display" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fielddoc-xvfb-XXXXXX")
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

n=0
shot() {  # shot NAME: wait for the screen to settle, then the whole screen to NN-NAME.png
  sleep "$DELAY"
  n=$((n + 1))
  local file
  file=$(printf '%s/%02d-%s.png' "$dir" "$n" "$1")
  import -window root "$file"
  echo "  $file"
}
at() { xdotool mousemove "$1" "$2" click 1; sleep 0.3; }  # a click at a screen position
say() { xdotool type --delay 40 "$1"; }  # typed key by key, Cyrillic included

# Per language: x of the detail pane's "More" button, and of the hearing mode's buttons
# (Start, Recess, Resume, End, Quote), measured on this screen size.
declare -A MORE=([ru]=1125 [kk]=1160)
declare -A START=([ru]=252 [kk]=252) RECESS=([ru]=344 [kk]=344) RESUME=([ru]=463 [kk]=463)
declare -A END=([ru]=590 [kk]=590) QUOTE=([ru]=695 [kk]=695)
declare -A ANSWER_X=([ru]=687 [kk]=720) YES_Y=([ru]=315 [kk]=322) PUBLIC_Y=([ru]=593 [kk]=607)
# What she writes and searches for, in the language of the interface.
declare -A OPENING=([ru]="Судья зачитал обвинение." [kk]="Судья айыптауды оқыды.")
declare -A PLEA=([ru]="Козлов: вину не признаю." [kk]="Козлов: кінәмді мойындамаймын.")
declare -A WORDS=([ru]="Я не виновен, меня оговорили" [kk]="Мен кінәлі емеспін, мені жала жапты")
declare -A BEFORE_LOCK=([ru]="Прокурор просит перерыв до завтра" [kk]="Прокурор ертеңге дейін үзіліс сұрайды")
declare -A BACK=([ru]=10 [kk]=8)
declare -A AFTER_UNLOCK=([ru]=" срочный" [kk]=" қысқа")
declare -A WORD_FORM=([ru]="обвинения" [kk]="айыптаудың")
declare -A NAME=([ru]="Аминов" [kk]="Аминов")

for lang in $LANGS; do
  dir="$SHOTS/$lang"
  mkdir -p "$dir"
  rm -f "$dir"/*.png
  n=0
  echo "$lang:"
  FIELDDOC_LANG=$lang XDG_CONFIG_HOME="$WORK/config-$lang" PYTHONPATH="$ROOT/src" QT_QPA_PLATFORM=xcb \
    "$FIELDDOC" demo --dir "$WORK/vault-$lang" >"$WORK/app-$lang.log" 2>&1 &
  app_pid=$!
  win=$(timeout 60 xdotool search --sync --onlyvisible --name '^FieldDoc')
  xdotool windowmove "$win" 0 0 windowsize "$win" 1366 768
  shot start

  at 52 74                          # Cases
  at 280 260                        # the Kozlov case (the list is sorted by title)
  shot case
  at "${MORE[$lang]}" 744           # More…
  shot more-menu
  at $((MORE[$lang] + 50)) 696      # … Case timeline
  shot case-timeline
  at 260 167                        # New hearing
  shot new-hearing-parties-carried-over
  xdotool key ctrl+Page_Down        # the "Court and parties" tab
  shot new-hearing-court-and-parties
  xdotool key ctrl+Page_Up; sleep 0.3
  xdotool key F9                    # hearing mode
  shot hearing-mode
  at "${START[$lang]}" 145          # Start
  xdotool key F8; say "${OPENING[$lang]}"; xdotool key Return F8; say "${PLEA[$lang]}"
  shot notes-with-times
  at "${ANSWER_X[$lang]}" "${YES_Y[$lang]}"; xdotool key 1        # first question: "yes"
  at "${ANSWER_X[$lang]}" "${PUBLIC_Y[$lang]}"; xdotool key 3     # "the public was admitted": "partly"
  shot checklist-by-keys
  at "${RECESS[$lang]}" 145
  at "${RESUME[$lang]}" 145
  shot recess-resume
  at "${QUOTE[$lang]}" 145          # Quote…
  say "${WORDS[$lang]}"
  xdotool key shift+Tab shift+Tab shift+Tab Down Down  # back to the speaker: Aminov
  shot quote-dialog
  xdotool key Return
  at 440 500; xdotool key ctrl+End Return F8
  say "${BEFORE_LOCK[$lang]}"
  for _ in $(seq "${BACK[$lang]}"); do xdotool key Left; done
  shot mid-sentence
  xdotool key ctrl+l                # the bailiff walks over
  shot locked
  say "$PASSPHRASE"
  shot passphrase-typed
  xdotool key Return
  # xdotool types a letter missing from the keymap by remapping a spare key; while the
  # application is still busy after the unlock it may read a key under a later mapping and drop
  # Cyrillic letters (ASCII is never lost): give it time before typing on.
  sleep 5
  shot unlocked-back-in-the-notes
  say "${AFTER_UNLOCK[$lang]}"      # on where she stopped
  shot typing-on
  at "${END[$lang]}" 145            # End
  xdotool key ctrl+s
  shot saved
  at 241 77                         # the lists tab
  at 52 103                         # Hearings
  xdotool key ctrl+f; say "${WORD_FORM[$lang]}"
  shot search-word-form
  xdotool key ctrl+f ctrl+a; say "${NAME[$lang]}"
  shot search-linked-name-other-script
  at 52 131                         # Incidents
  at 300 235                        # the first incident
  shot incident-detail
  at 52 160                         # Detentions
  at 300 235
  shot detention-detail

  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
done
