#!/usr/bin/env bash
# Configure and start CUPS with a cups-pdf queue for the `cups` tests.
#
# Installs nothing: the packages `cups`, `printer-driver-cups-pdf` and `ghostscript`
# must already be there.  Run as root.  Idempotent: safe to run again while cupsd runs.
#
# Environment (all optional):
#   WAREHOUSE_CUPS_QUEUE    queue name to create            (default: PDF)
#   WAREHOUSE_CUPS_PDF_DIR  folder where printed PDFs land  (default: /var/spool/cups-pdf/warehouse)
#
# On success the last line printed is the folder where PDFs land.
set -euo pipefail

QUEUE="${WAREHOUSE_CUPS_QUEUE:-PDF}"
OUT_DIR="${WAREHOUSE_CUPS_PDF_DIR:-/var/spool/cups-pdf/warehouse}"
CONF=/etc/cups/cups-pdf.conf

for tool in cupsd lpadmin lpinfo lpstat cupsenable cupsaccept; do
    if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
        echo "setup-cups: '$tool' is missing: install the cups package" >&2
        exit 1
    fi
done
export PATH="$PATH:/usr/sbin"
if [ ! -f "$CONF" ] || [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
    echo "setup-cups: cups-pdf is missing: install printer-driver-cups-pdf" >&2
    exit 1
fi

# set_conf KEY VALUE: one uncommented "KEY VALUE" line in cups-pdf.conf, whatever was there.
set_conf() {
    local key="$1" value="$2"
    sed -i -E "/^[#[:space:]]*${key}[[:space:]]/d" "$CONF"
    printf '%s %s\n' "$key" "$value" >>"$CONF"
}
# Every job, whoever sends it, lands in one fixed folder; the file name carries the job id
# and title so a test can find its own output.
set_conf Out "$OUT_DIR"
set_conf AnonDirName "$OUT_DIR"
set_conf Label 2
set_conf UserUMask 0000
mkdir -p "$OUT_DIR"
chmod 1777 "$OUT_DIR"

scheduler_running() { lpstat -r 2>/dev/null | grep -q "is running"; }

if ! scheduler_running; then
    mkdir -p /run/cups /var/spool/cups /var/log/cups
    # cupsd daemonises itself; its config is the packaged default (local socket only).
    cupsd
fi
for _ in $(seq 1 100); do
    scheduler_running && break
    sleep 0.1
done
if ! scheduler_running; then
    echo "setup-cups: cupsd did not start; see /var/log/cups/error_log" >&2
    exit 1
fi

# Pick the cups-pdf driver the way lpinfo names it (e.g. lsb/usr/cups-pdf/CUPS-PDF_opt.ppd),
# falling back to the PPD file itself.
model="$(lpinfo -m 2>/dev/null | awk '{print $1}' | grep -i 'cups-pdf.*_opt\.ppd' | head -n 1 || true)"
if [ -z "$model" ]; then
    model="$(lpinfo -m 2>/dev/null | awk '{print $1}' | grep -i 'cups-pdf' | head -n 1 || true)"
fi
ppd_file=""
for candidate in /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd; do
    if [ -f "$candidate" ]; then ppd_file="$candidate"; break; fi
done

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
    if [ -n "$model" ]; then
        lpadmin -p "$QUEUE" -v cups-pdf:/ -m "$model" -E
    elif [ -n "$ppd_file" ]; then
        lpadmin -p "$QUEUE" -v cups-pdf:/ -P "$ppd_file" -E
    else
        echo "setup-cups: no cups-pdf driver found (lpinfo -m)" >&2
        exit 1
    fi
fi
cupsenable "$QUEUE"
cupsaccept "$QUEUE"
lpadmin -d "$QUEUE"

lpstat -p "$QUEUE" >&2
echo "$OUT_DIR"
