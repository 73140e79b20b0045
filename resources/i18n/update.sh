#!/usr/bin/env bash
# Refreshes the translation catalogues from the sources (lupdate), keeping existing translations
# and dropping messages that no longer exist. Then translate the new entries in Qt Linguist
# (`linguist resources/i18n/bitgoeul_ko.ts`); tests/unit/test_translations.cpp fails until the
# Korean catalogue is complete.
set -euo pipefail
cd "$(dirname "$0")/../.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -no-obsolete -locations none -source-language en \
    -I . -I app app ui widgets \
    -ts resources/i18n/bitgoeul_ko.ts resources/i18n/bitgoeul_en.ts
