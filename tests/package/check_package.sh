#!/usr/bin/env bash
# Builds the .deb from a built tree with cpack and checks it: the files it holds, its control
# fields, lintian, AppStream and desktop-entry validation, and the packaged programs run from an
# unpacked copy, where the app must find its translations and sample issues.
# Usage: check_package.sh BUILD_DIR SOURCE_DIR VERSION   (registered with CTest as "package")
set -euo pipefail
build="$1" source="$2" version="$3"
work="$(mktemp -d)"
app_pid=""
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "-- $*"; }

step "cpack"
(cd "$build" && cpack -B "$work/cpack") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
deb="$work/cpack/baoku_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no $deb"

step "contents (dpkg-deb -c)"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
expect_file() { grep -qxF "$1" "$work/contents" || fail "the package lacks $1"; }
for path in /usr/bin/baoku /usr/bin/baoku-cli \
            /usr/share/applications/io.github.baoku.Baoku.desktop \
            /usr/share/metainfo/io.github.baoku.Baoku.metainfo.xml \
            /usr/share/baoku/translations/baoku_zh_CN.qm /usr/share/baoku/translations/baoku_en.qm \
            /usr/share/man/man1/baoku.1.gz /usr/share/man/man1/baoku-cli.1.gz \
            /usr/share/doc/baoku/copyright /usr/share/doc/baoku/changelog.gz; do
    expect_file "$path"
done
for icon in "$source"/resources/icons/baoku-*.png; do
    size="$(basename "$icon" .png)"; size="${size#baoku-}"
    expect_file "/usr/share/icons/hicolor/${size}x${size}/apps/baoku.png"
done
# Every bundled sample, at any depth (whole-issue folders included).
samples=0
while IFS= read -r -d '' sample; do
    expect_file "/usr/share/baoku/samples/${sample#"$source"/resources/samples/}"
    samples=$((samples + 1))
done < <(find "$source/resources/samples" -type f -print0)
[ "$samples" -gt 0 ] || fail "no sample issues in $source/resources/samples"
# Every page of the bundled whole issues.
while IFS= read -r -d '' page; do
    expect_file "/usr/share/baoku/issues/${page#"$source"/resources/issues/}"
done < <(find "$source/resources/issues" -type f -print0)

step "control fields (dpkg-deb -I)"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = baoku ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version is $(field Version), not $version"
depends="$(field Depends)"
for library in 'libqt6core6' 'libqt6gui6' 'libqt6widgets6' 'libqt6svg6' 'libicu[0-9]+' 'libsqlite3-0' 'libpq5' 'libc6'; do
    grep -Eq "(^|, )$library( |,|$)" <<<"$depends" || fail "Depends lacks $library: $depends"
done
for name in Maintainer Section Description; do
    [ -n "$(field "$name")" ] || fail "no $name field"
done

step "lintian"
lintian_ok=1
lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 || lintian_ok=0
grep -v 'running with root privileges' "$work/lintian.log" || true
[ "$lintian_ok" = 1 ] || fail "lintian reports errors or warnings"

step "unpack, appstreamcli validate, desktop-file-validate"
root="$work/root"
dpkg-deb -x "$deb" "$root"
appstreamcli validate --no-net "$root"/usr/share/metainfo/io.github.baoku.Baoku.metainfo.xml
desktop-file-validate "$root"/usr/share/applications/io.github.baoku.Baoku.desktop
# The metainfo's newest release is the package's version, so a version bump cannot forget it.
grep -q "<release version=\"$version\"" "$root"/usr/share/metainfo/io.github.baoku.Baoku.metainfo.xml ||
    fail "the metainfo has no <release version=\"$version\">"

step "the packaged programs"
export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/config"
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset BAOKU_DB BAOKU_SAMPLES
cli="$root/usr/bin/baoku-cli"
"$cli" --help | grep -q '^Usage: baoku-cli COMMAND' || fail "baoku-cli --help"
[ "$("$cli" --version)" = "baoku-cli $version" ] || fail "baoku-cli --version: $("$cli" --version)"
[ "$("$root/usr/bin/baoku" --version)" = "baoku $version" ] || fail "baoku --version"
"$root/usr/bin/baoku" --help | grep -q -- '--db' || fail "baoku --help"

# The app on an empty archive imports the bundled samples; in Chinese it loads the Chinese catalogue.
db="$work/archive.sqlite"
LANGUAGE=zh_CN LANG=zh_CN.UTF-8 QT_LOGGING_RULES="baoku.data.info=true" \
    "$root/usr/bin/baoku" --db "$db" >"$work/app.log" 2>&1 &
app_pid=$!
articles=0
for _ in $(seq 1 250); do
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "baoku exited early"; }
    articles="$("$cli" export --db "$db" --all --format json 2>/dev/null | wc -l || true)"
    [ "$articles" -gt 0 ] && break
    sleep 0.2
done
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
cat "$work/app.log"
[ "$articles" -gt 0 ] || fail "the packaged app imported no sample issue within 50 s"
data="$(cd "$root/usr/share/baoku" && pwd -P)"
grep -qF "samples: \"$data/samples\"" "$work/app.log" || fail "the app did not take the packaged samples"
grep -qF "translation: \"$root/usr/bin/../share/baoku/translations/baoku_zh_CN.qm\"" "$work/app.log" ||
    fail "the app did not load the packaged Chinese catalogue"
echo "package checks passed: $deb ($articles articles imported from the packaged samples)"
