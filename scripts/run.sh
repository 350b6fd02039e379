#!/usr/bin/env bash
# The run command: the whole command center on the embedded profile (SQLite under ./data, nothing to install),
# seeded with the demo city on first start, at http://127.0.0.1:5080. Data persists across restarts.
set -euo pipefail
cd "$(dirname "$0")/.."
export AmbonCC__DataDirectory="${AmbonCC__DataDirectory:-$(pwd)/data}"
cd src/Web
# From the project folder so that appsettings.json and the static web assets are found.
exec dotnet run -c Release -- "$@"
